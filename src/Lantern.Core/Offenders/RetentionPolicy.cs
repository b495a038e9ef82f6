using System.Globalization;

namespace Lantern.Core.Offenders;

/// <summary>
/// Management of Police Information retention by MoPI group (DOMAIN.md §7; configurable): group 1 (most serious) is
/// kept and reviewed every <see cref="Group1ReviewYears"/> years, never erased automatically; groups 2 and 3 are erased
/// after a clear period of <see cref="Group2Years"/> and <see cref="Group3Years"/> years with no new record. A person's
/// group is the most serious of their records; the clock runs from their latest record.
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>Years between reviews of group 1 records; default 10.</summary>
    public int Group1ReviewYears { get; init; } = 10;

    /// <summary>The clear period of group 2 in years; default 10.</summary>
    public int Group2Years { get; init; } = 10;

    /// <summary>The clear period of group 3 in years; default 6.</summary>
    public int Group3Years { get; init; } = 6;

    /// <summary>The policy as recorded with a retention run, e.g. <c>mopi 1:review-10y 2:10y 3:6y</c>.</summary>
    public string Version => string.Create(CultureInfo.InvariantCulture, $"mopi 1:review-{Group1ReviewYears}y 2:{Group2Years}y 3:{Group3Years}y");

    /// <summary>When a person's data is next reviewed (group 1) or falls due for erasure (groups 2, 3), and whether that day has come.</summary>
    /// <param name="mopiGroup">The person's most serious group, 1 to 3.</param>
    /// <param name="latestRecord">The date of their latest record.</param>
    /// <param name="today">The day of the run.</param>
    /// <returns>The review date, whether it has passed, and whether the data is to be erased.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A group other than 1 to 3, or a period below 1 year.</exception>
    public (DateOnly ReviewDate, bool Due, bool Erase) Assess(int mopiGroup, DateOnly latestRecord, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mopiGroup, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mopiGroup, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(Group1ReviewYears, Math.Min(Group2Years, Group3Years)), 1, "years");
        int years = mopiGroup switch
        {
            1 => Group1ReviewYears,
            2 => Group2Years,
            _ => Group3Years,
        };
        DateOnly review = latestRecord.AddYears(years);
        bool due = today >= review;
        return (review, due, due && mopiGroup > 1);
    }
}
