using Lantern.Core.StopSearch;

namespace Lantern.Core.Offenders;

/// <summary>One census group's share of the list and of the suspects (of those whose ethnicity maps to a census group) against its share of the area's residents.</summary>
/// <param name="Group">The census group.</param>
/// <param name="Values">The recorded values mapped to it.</param>
/// <param name="Listed">Its share of the list's mapped people, with its 95% Wilson interval.</param>
/// <param name="Suspects">Its share of the suspect population's mapped people, with its 95% Wilson interval.</param>
/// <param name="AreaShare">Its share of the area's residents (a census count, fixed).</param>
public sealed record AreaComparisonRow(EthnicGroup Group, IReadOnlyList<string> Values, Proportion Listed, Proportion Suspects, double AreaShare)
{
    /// <summary>The group's name as the census writes it.</summary>
    public string Name => StopSearchVocabulary.Name(Group);

    /// <summary>True when the list's interval lies wholly above the area share.</summary>
    public bool ListAboveArea => Listed.Low is { } low && low > AreaShare;

    /// <summary>True when the suspects' interval lies wholly above the area share: who is recorded as a suspect, not the list, differs from the residents.</summary>
    public bool SuspectsAboveArea => Suspects.Low is { } low && low > AreaShare;

    /// <summary>List share ÷ area share, null when either is missing or the area share is 0.</summary>
    public double? RatioToArea => Listed.Value is { } l && AreaShare > 0 ? l / AreaShare : null;
}
