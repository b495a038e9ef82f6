using Lantern.Core.StopSearch;

namespace Lantern.Core.Offenders;

/// <summary>
/// The list's ethnicity against the area's census residents: shares of the people whose recorded ethnicity maps to a
/// census group (as the Home Office leaves unknown ethnicity out of disproportionality), the unmapped values apart,
/// and the attributes the census cannot benchmark, said so rather than invented.
/// </summary>
/// <param name="Benchmark">The census table and area used.</param>
/// <param name="ListMapped">People on the list whose ethnicity maps to a census group.</param>
/// <param name="SuspectsMapped">People in the suspect population whose ethnicity maps.</param>
/// <param name="Rows">The five census groups, White first.</param>
/// <param name="Unmapped">Recorded values with no census group.</param>
/// <param name="NotCompared">Attributes not compared with the area, with why.</param>
public sealed record AreaComparison(CensusBenchmark Benchmark, long ListMapped, long SuspectsMapped, IReadOnlyList<AreaComparisonRow> Rows,
    IReadOnlyList<UnmappedGroup> Unmapped, IReadOnlyList<string> NotCompared)
{
    /// <summary>Why sex and age band are not compared with the area.</summary>
    public static readonly IReadOnlyList<string> CensusGaps =
    [
        "age-band: not compared with the area; the census tables Lantern holds (TS021 and the Census 2011 ethnic group tables) count residents by ethnic group only",
        "sex: not compared with the area; the census tables Lantern holds count residents by ethnic group only",
    ];

    /// <summary>Works out the comparison.</summary>
    /// <param name="listed">The list's composition.</param>
    /// <param name="suspects">The suspect population's.</param>
    /// <param name="benchmark">The area's residents.</param>
    /// <returns>The comparison.</returns>
    public static AreaComparison Compute(GroupComposition listed, GroupComposition suspects, CensusBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(suspects);
        ArgumentNullException.ThrowIfNull(benchmark);
        const string attribute = "ethnicity";
        var byGroup = new Dictionary<EthnicGroup, (List<string> Values, long Listed, long Suspects)>();
        var unmapped = new List<UnmappedGroup>();
        foreach (string value in listed.Groups(attribute).Union(suspects.Groups(attribute)).Order(StringComparer.Ordinal))
        {
            long l = listed.Count(attribute, value), s = suspects.Count(attribute, value);
            if (OffenderEthnicity.CensusGroupOf(value) is { } g)
            {
                var x = byGroup.GetValueOrDefault(g, ([], 0, 0));
                x.Values.Add(value);
                byGroup[g] = (x.Values, x.Listed + l, x.Suspects + s);
            }
            else
            {
                unmapped.Add(new UnmappedGroup(value, l, s));
            }
        }

        long listMapped = byGroup.Values.Sum(v => v.Listed), suspectsMapped = byGroup.Values.Sum(v => v.Suspects);
        long residents = benchmark.Residents.Total;
        var rows = EthnicGroupCounts.Groups.Select(g =>
        {
            var x = byGroup.GetValueOrDefault(g, ([], 0, 0));
            return new AreaComparisonRow(g, x.Values, new Proportion(x.Listed, listMapped), new Proportion(x.Suspects, suspectsMapped),
                residents > 0 ? benchmark.Residents[g] / (double)residents : 0);
        }).ToList();
        return new AreaComparison(benchmark, listMapped, suspectsMapped, rows, unmapped, CensusGaps);
    }
}
