using Lantern.Core.Time;

namespace Lantern.Core.StopSearch;

/// <summary>What a stop-and-search summary covers and which denominators it uses.</summary>
public sealed class StopSearchSummaryOptions
{
    /// <summary>Creates options for the months <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">First month.</param>
    /// <param name="to">Last month, not before <paramref name="from"/>, at most 240 months after it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The months run backwards or span more than 20 years.</exception>
    public StopSearchSummaryOptions(YearMonth from, YearMonth to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to.Index, from.Index, nameof(to));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to.Index - from.Index, 239, nameof(to));
        From = from;
        To = to;
    }

    /// <summary>First month.</summary>
    public YearMonth From { get; }

    /// <summary>Last month.</summary>
    public YearMonth To { get; }

    /// <summary>Whose ethnicity the disproportionality and the outcome test use. Default: self-defined, the official basis.</summary>
    public EthnicityBasis Basis { get; init; } = EthnicityBasis.SelfDefined;

    /// <summary>Census residents of the area by group; null: no rates per 1,000 or ratios (everything else is still worked out).</summary>
    public EthnicGroupCounts? Residents { get; init; }

    /// <summary>Months whose records stop this many days or more before the month's end (or begin this many after its start) are flagged. Default 3.</summary>
    public int IncompleteDays { get; init; } = 3;
}
