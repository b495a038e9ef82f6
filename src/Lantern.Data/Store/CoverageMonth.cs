using Lantern.Core.Time;

namespace Lantern.Data.Store;

/// <summary>One month of one series.</summary>
internal sealed record CoverageMonth(YearMonth Month, long Rows, long Unlocated, DateOnly? LastDay)
{
    /// <summary>Records that stop three or more days before the month's end suggest a partial month.</summary>
    public bool IsIncomplete => LastDay is { } d && d.DayNumber <= Month.LastDay.DayNumber - 3;
}
