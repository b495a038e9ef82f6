using Lantern.Core.StopSearch;

namespace Lantern.Core.Offenders;

/// <summary>
/// An area's census residents by the five high-level ethnic groups, the fairness report's area benchmark for
/// ethnicity (DOMAIN.md §4). The census tables Lantern holds count ethnic group only: they have no sex or age band.
/// </summary>
/// <param name="Table">The census table, e.g. "Census 2021 TS021 (ethnic group)".</param>
/// <param name="Area">The area, e.g. "force metropolitan" or "borough E09000030 (Tower Hamlets)".</param>
/// <param name="Method">How the counts were found, e.g. "Census 2021, summed from its 32 boroughs".</param>
/// <param name="Residents">Residents by group.</param>
public sealed record CensusBenchmark(string Table, string Area, string Method, EthnicGroupCounts Residents)
{
    /// <summary>Which benchmark, as people read it.</summary>
    public string Source => $"{Table}, {Area}; {Method}";
}
