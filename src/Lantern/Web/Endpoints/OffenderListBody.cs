namespace Lantern.Web.Endpoints;

/// <summary>A request for the latest run's list: the justification (and the census area) in the body, not the address.</summary>
internal sealed record OffenderListBody(string? Justification, string? Area);
