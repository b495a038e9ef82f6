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
    /// <summary>The rows flagged.</summary>
    public IEnumerable<FairnessRow> Flagged => Rows.Where(r => r.Flagged);

    /// <summary>Works out the report.</summary>
    /// <param name="listed">Ids of the people on the list.</param>
    /// <param name="suspects">Ids of the suspect population (which should include the list).</param>
    /// <param name="demographics">Their characteristics (people not in it count as unknown).</param>
    /// <param name="area">The area's residents, or null.</param>
    /// <returns>The report.</returns>
    public static FairnessReport Compute(IReadOnlyCollection<string> listed, IReadOnlyCollection<string> suspects, PersonDemographics demographics,
        AreaPopulation? area)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(suspects);
        ArgumentNullException.ThrowIfNull(demographics);
        var rows = new List<FairnessRow>();
        foreach (string attribute in PersonDemographics.Attributes)
        {
            Dictionary<string, long> onList = Count(listed, demographics, attribute);
            Dictionary<string, long> inPopulation = Count(suspects, demographics, attribute);
            foreach (string group in onList.Keys.Union(inPopulation.Keys).Order(StringComparer.Ordinal))
            {
                var l = new StopSearch.Proportion(onList.GetValueOrDefault(group), listed.Count);
                var s = new StopSearch.Proportion(inPopulation.GetValueOrDefault(group), suspects.Count);
                bool flagged = l.Low is { } low && s.Value is { } share && low > share;
                rows.Add(new FairnessRow(attribute, group, l, s, area?.ShareOf(attribute, group), flagged));
            }
        }

        return new FairnessReport(listed.Count, suspects.Count, area?.Source, rows);
    }

    private static Dictionary<string, long> Count(IEnumerable<string> people, PersonDemographics demographics, string attribute)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string id in people)
        {
            string group = demographics.Of(id).Of(attribute);
            counts[group] = counts.GetValueOrDefault(group) + 1;
        }

        return counts;
    }
}
