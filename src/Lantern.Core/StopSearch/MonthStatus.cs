namespace Lantern.Core.StopSearch;

/// <summary>Whether a month's data can be taken as whole (missing is not zero: DESIGN.md).</summary>
public enum MonthStatus
{
    /// <summary>Records from the month's start to its end.</summary>
    Complete = 0,

    /// <summary>Records begin three or more days after the month starts, or stop three or more days before it ends: the source month may be partial.</summary>
    Incomplete = 1,

    /// <summary>No records at all for the month: not published or not imported; not a month of no searches.</summary>
    Missing = 2,
}
