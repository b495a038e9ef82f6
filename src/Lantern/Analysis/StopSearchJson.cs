using Lantern.Core.StopSearch;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// The JSON shape of a stop-and-search summary (<c>lantern stopsearch summary --json</c>, and the recorded run): rates
/// are fractions (0.13 is 13%) with their 95% interval as <c>low</c> and <c>high</c>; null means "cannot be worked
/// out", never zero.
/// </summary>
internal static class StopSearchJson
{
    public static object Summary(StopSearchSummary s, IReadOnlyList<string> notes) => new
    {
        from = s.From.ToString(),
        to = s.To.ToString(),
        ethnicityBasis = Basis(s.Options.Basis),
        searches = s.Total.Searches,
        withoutLocation = s.WithoutLocation,
        rates = s.Total,
        months = s.Months.Select(m => new
        {
            month = m.Month.ToString(),
            status = m.Status,
            firstDay = m.FirstDay,
            lastDay = m.LastDay,
            searches = m.Rates.Searches,
            withoutLocation = m.WithoutLocation,
            rates = m.Rates,
            byEthnicGroup = Groups(m.BasisSearches, m.UnknownEthnicity),
            disproportionality = m.Disproportionality,
        }),
        breakdowns = s.Breakdowns,
        disproportionality = new
        {
            basis = Basis(s.Options.Basis),
            searchesByGroup = Groups(s.BasisSearches, s.UnknownEthnicity),
            unknownEthnicity = s.UnknownEthnicity,
            groups = s.Disproportionality,
        },
        outcomeTest = new
        {
            measure = s.OutcomeTest.Measure,
            basis = Basis(s.OutcomeTest.Basis),
            groups = s.OutcomeTest.Rows,
        },
        notes,
    };

    public static object? Denominators(AreaResidents? r) => r is null
        ? null
        : new { census = r.Census, level = r.Level, code = r.Code, name = r.Name, method = r.Method, residents = r.Groups, total = r.Groups.Total };

    private static string Basis(EthnicityBasis basis) => basis == EthnicityBasis.SelfDefined ? "self-defined" : "officer-defined";

    private static object Groups(EthnicGroupCounts c, long unknown) =>
        new { white = c.White, black = c.Black, asian = c.Asian, mixed = c.Mixed, other = c.Other, unknown };
}
