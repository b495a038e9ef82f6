namespace Lantern.Core.Offenders;

/// <summary>What an offence code is for scoring and retention: its offence group and its MoPI retention group.</summary>
/// <param name="Group">The offence group, e.g. <c>rape</c>, <c>assault</c>, <c>stalking</c>.</param>
/// <param name="MopiGroup">The Management of Police Information group: 1 (most serious) to 3 (DOMAIN.md §7).</param>
/// <param name="Description">The row's description, for explanations.</param>
public readonly record struct OffenceClass(string Group, int MopiGroup, string Description);
