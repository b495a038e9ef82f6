using Lantern.Core.StopSearch;

namespace Lantern.Core.Offenders;

/// <summary>One group's place on a list against its benchmarks.</summary>
/// <param name="Attribute">ethnicity, age-band or sex.</param>
/// <param name="Group">The group, e.g. Black, 18-24, male, unknown.</param>
/// <param name="Listed">The group's share of the list, with its 95% Wilson interval.</param>
/// <param name="Suspects">The group's share of the suspect population (everyone with a counted offence in the window).</param>
/// <param name="AreaShare">The group's share of the area's residents, null when no population was given.</param>
/// <param name="Flagged">True when the list's interval lies wholly above the suspect share: over-represented against the suspect benchmark.</param>
public sealed record FairnessRow(string Attribute, string Group, Proportion Listed, Proportion Suspects, double? AreaShare, bool Flagged)
{
    /// <summary>List share ÷ suspect share, null when either is missing or the suspect share is 0.</summary>
    public double? RatioToSuspects => Listed.Value is { } l && Suspects.Value is > 0 and double s ? l / s : null;
}
