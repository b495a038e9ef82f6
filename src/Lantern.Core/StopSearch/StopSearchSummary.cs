using Lantern.Core.Time;

namespace Lantern.Core.StopSearch;

/// <summary>
/// Everything an accountability summary of stop and search shows for one force or area and period: volumes by month
/// with missing and partial months flagged; outcome rates overall and by power, object, outcome, age, gender and
/// ethnicity (self- and officer-defined apart); disproportionality against census residents; and the outcome test.
/// Built by <see cref="StopSearchSummaryBuilder"/>; immutable.
/// </summary>
public sealed class StopSearchSummary
{
    internal StopSearchSummary(StopSearchSummaryOptions options, long withoutLocation, OutcomeRates total, IReadOnlyList<MonthRow> months,
        IReadOnlyDictionary<string, IReadOnlyList<BreakdownRow>> breakdowns, EthnicGroupCounts basisSearches, long unknownEthnicity,
        IReadOnlyList<GroupRate>? disproportionality, OutcomeTest outcomeTest, IReadOnlyList<string> notes)
    {
        Options = options;
        WithoutLocation = withoutLocation;
        Total = total;
        Months = months;
        Breakdowns = breakdowns;
        BasisSearches = basisSearches;
        UnknownEthnicity = unknownEthnicity;
        Disproportionality = disproportionality;
        OutcomeTest = outcomeTest;
        Notes = notes;
    }

    /// <summary>The options the summary was built with.</summary>
    public StopSearchSummaryOptions Options { get; }

    /// <summary>First month.</summary>
    public YearMonth From => Options.From;

    /// <summary>Last month.</summary>
    public YearMonth To => Options.To;

    /// <summary>Searches with no coordinates: counted in every figure here, and said so, never dropped.</summary>
    public long WithoutLocation { get; }

    /// <summary>All searches and their outcome rates.</summary>
    public OutcomeRates Total { get; }

    /// <summary>Every month from <see cref="From"/> to <see cref="To"/>, missing ones included.</summary>
    public IReadOnlyList<MonthRow> Months { get; }

    /// <summary>
    /// Searches by field: <c>legislation</c>, <c>objectOfSearch</c>, <c>outcome</c>, <c>ageRange</c>, <c>gender</c>,
    /// <c>selfDefinedEthnicity</c>, <c>officerDefinedEthnicity</c>, <c>type</c>; each list in the field's own order,
    /// values with no searches left out.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BreakdownRow>> Breakdowns { get; }

    /// <summary>Searches by group on the basis of <see cref="StopSearchSummaryOptions.Basis"/>.</summary>
    public EthnicGroupCounts BasisSearches { get; }

    /// <summary>Searches with unknown or not-stated ethnicity on that basis: left out of rates and ratios, shown here.</summary>
    public long UnknownEthnicity { get; }

    /// <summary>Rates per 1,000 residents and ratios to White (<see cref="StopSearch.Disproportionality"/>); null without residents.</summary>
    public IReadOnlyList<GroupRate>? Disproportionality { get; }

    /// <summary>Find rates (or positive outcome rates) by group.</summary>
    public OutcomeTest OutcomeTest { get; }

    /// <summary>What a reader must know to read the figures right (missing months, blank fields, unknown ethnicity).</summary>
    public IReadOnlyList<string> Notes { get; }
}
