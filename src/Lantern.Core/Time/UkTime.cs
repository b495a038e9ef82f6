namespace Lantern.Core.Time;

/// <summary>
/// UK civil time: GMT in winter, British Summer Time (GMT+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on
/// the last Sunday of October. That is the rule of the Summer Time Order 2002 (EU Directive 2000/84/EC), the same since
/// 1996; data.police.uk begins in 2010. Written out rather than read from the system's time-zone database, so that the
/// answer does not depend on the machine having one.
/// </summary>
/// <remarks>Pure and thread safe.</remarks>
public static class UkTime
{
    /// <summary>Whether British Summer Time is in force at an instant.</summary>
    /// <param name="instant">Any instant; its offset is taken into account.</param>
    /// <returns>True between 01:00 UTC on the last Sunday of March and 01:00 UTC on the last Sunday of October.</returns>
    public static bool IsSummerTime(DateTimeOffset instant)
    {
        DateTime utc = instant.UtcDateTime;
        DateTime start = LastSunday(utc.Year, 3).AddHours(1);
        DateTime end = LastSunday(utc.Year, 10).AddHours(1);
        return utc >= start && utc < end;
    }

    /// <summary>The UK wall-clock time of an instant (kind Unspecified).</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The local date and time in the UK.</returns>
    public static DateTime ToLocal(DateTimeOffset instant)
    {
        DateTime utc = instant.UtcDateTime;
        return DateTime.SpecifyKind(IsSummerTime(instant) ? utc.AddHours(1) : utc, DateTimeKind.Unspecified);
    }

    /// <summary>The instant of a UK wall-clock time.</summary>
    /// <param name="local">A UK date and time (its kind is ignored).</param>
    /// <param name="instant">The instant, offset zero. In the hour the clocks go back (01:00 to 02:00 on the last Sunday of
    /// October, which happens twice) the first, British Summer Time, is taken.</param>
    /// <returns>False for a time in the hour the clocks skip (01:00 to 02:00 on the last Sunday of March), which never happens.</returns>
    public static bool TryFromLocal(DateTime local, out DateTimeOffset instant)
    {
        var clock = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        DateTimeOffset summer = clock.AddHours(-1);
        if (IsSummerTime(summer))
        {
            instant = summer;
            return true;
        }

        instant = clock;
        return !IsSummerTime(clock);
    }

    /// <summary>
    /// The month of an instant's UK date: the month data.police.uk files a stop and search in (a search at 23:30 UTC on
    /// 30 June, 00:30 BST on 1 July, is in the July file).
    /// </summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The UK month.</returns>
    public static YearMonth MonthOf(DateTimeOffset instant)
    {
        DateTime local = ToLocal(instant);
        return new YearMonth(local.Year, local.Month);
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
