namespace Lantern.Core.Hotspots;

/// <summary>
/// A choice an analysis made for itself because the caller left it open (a bandwidth from a rule of thumb, a
/// study area from the data's bounding box, a storage layout), recorded so the result can be reproduced and
/// challenged.
/// </summary>
/// <param name="Parameter">The option the choice fills, e.g. <c>BandwidthMetres</c>.</param>
/// <param name="Value">The value chosen, as text in invariant culture.</param>
/// <param name="Reason">Why, in one sentence an analyst can read.</param>
public sealed record AutomaticChoice(string Parameter, string Value, string Reason);
