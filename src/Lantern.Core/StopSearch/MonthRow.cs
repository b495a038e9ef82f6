using Lantern.Core.Time;

namespace Lantern.Core.StopSearch;

/// <summary>One month of a summary: its volume, whether it is whole, its outcomes and its disproportionality.</summary>
public sealed class MonthRow
{
    internal MonthRow(YearMonth month, MonthStatus status, DateOnly? firstDay, DateOnly? lastDay, long withoutLocation, OutcomeRates rates,
        EthnicGroupCounts basisSearches, long unknownEthnicity, IReadOnlyList<GroupRate>? disproportionality)
    {
        Month = month;
        Status = status;
        FirstDay = firstDay;
        LastDay = lastDay;
        WithoutLocation = withoutLocation;
        Rates = rates;
        BasisSearches = basisSearches;
        UnknownEthnicity = unknownEthnicity;
        Disproportionality = disproportionality;
    }

    /// <summary>The month (UK local time, as data.police.uk files searches).</summary>
    public YearMonth Month { get; }

    /// <summary>Whole, partial or missing.</summary>
    public MonthStatus Status { get; }

    /// <summary>The UK date of the month's first record of the force (any power, anywhere), or null when missing.</summary>
    public DateOnly? FirstDay { get; }

    /// <summary>The UK date of the month's last record of the force, or null when missing.</summary>
    public DateOnly? LastDay { get; }

    /// <summary>Searches in the summary with no coordinates.</summary>
    public long WithoutLocation { get; }

    /// <summary>Searches in the summary this month and their outcome rates.</summary>
    public OutcomeRates Rates { get; }

    /// <summary>Searches by ethnic group on the summary's basis (self- or officer-defined).</summary>
    public EthnicGroupCounts BasisSearches { get; }

    /// <summary>Searches with unknown or not-stated ethnicity on the summary's basis.</summary>
    public long UnknownEthnicity { get; }

    /// <summary>This month's rates per 1,000 residents and ratios to White; null without census denominators or for a missing month.</summary>
    public IReadOnlyList<GroupRate>? Disproportionality { get; }
}
