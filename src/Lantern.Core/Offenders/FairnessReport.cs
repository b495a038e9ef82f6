namespace Lantern.Core.Offenders;

/// <summary>
/// The composition of a list of people by ethnicity, age band and sex, against the suspect population and the area's
/// residents, with 95% intervals; a group is flagged when it is over-represented on the list against the suspect
/// benchmark (its list share's interval lies wholly above its suspect share). The Gangs Matrix was 78-80% Black with
/// no such check (DOMAIN.md §4). Shown beside every list.
/// </summary>
/// <param name="ListSize">People on the list.</param>
/// <param name="SuspectCount">People in the suspect population.</param>
/// <param name="AreaSource">Where the area population comes from, null when none was given.</param>
/// <param name="Rows">One row per attribute and group, in attribute order then by group.</param>
public sealed record FairnessReport(int ListSize, int SuspectCount, string? AreaSource, IReadOnlyList<FairnessRow> Rows)
{
    /// <summary>The list's ethnicity against the area's census residents, null when no census benchmark was used.</summary>
    public AreaComparison? Census { get; init; }

    /// <summary>Which census table and area the comparison used, or why there is none and how to import one.</summary>
    public string? CensusNote { get; init; }

    /// <summary>The rows flagged.</summary>
    public IEnumerable<FairnessRow> Flagged => Rows.Where(r => r.Flagged);

    /// <summary>Works out the report.</summary>
    /// <param name="listed">Ids of the people on the list.</param>
    /// <param name="suspects">Ids of the suspect population (which should include the list).</param>
    /// <param name="demographics">Their characteristics (people not in it count as unknown).</param>
    /// <param name="area">The area's residents, or null.</param>
    /// <returns>The report.</returns>
    public static FairnessReport Compute(IReadOnlyCollection<string> listed, IReadOnlyCollection<string> suspects, PersonDemographics demographics,
        AreaPopulation? area) =>
        Compute(GroupComposition.Of(listed, demographics), GroupComposition.Of(suspects, demographics), area);

    /// <summary>Works out the report from compositions (a list's, and its suspect population's as recorded with its run).</summary>
    /// <param name="listed">The list's composition.</param>
    /// <param name="suspects">The suspect population's.</param>
    /// <param name="area">The area's residents from a file (attribute,group,residents in the force's words), or null.</param>
    /// <param name="census">The area's census residents by ethnic group, or null.</param>
    /// <returns>The report.</returns>
    public static FairnessReport Compute(GroupComposition listed, GroupComposition suspects, AreaPopulation? area, CensusBenchmark? census = null)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(suspects);
        var rows = new List<FairnessRow>();
        foreach (string attribute in PersonDemographics.Attributes)
        {
            foreach (string group in listed.Groups(attribute).Union(suspects.Groups(attribute)).Order(StringComparer.Ordinal))
            {
                var l = new StopSearch.Proportion(listed.Count(attribute, group), listed.Total);
                var s = new StopSearch.Proportion(suspects.Count(attribute, group), suspects.Total);
                bool flagged = l.Low is { } low && s.Value is { } share && low > share;
                rows.Add(new FairnessRow(attribute, group, l, s, area?.ShareOf(attribute, group), flagged));
            }
        }

        return new FairnessReport((int)listed.Total, (int)suspects.Total, area?.Source, rows)
        {
            Census = census is null ? null : AreaComparison.Compute(listed, suspects, census),
        };
    }
}
