using System.Diagnostics.CodeAnalysis;
using System.Globalization;

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
    private static readonly string[] s_localFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    private static readonly string[] s_offsetFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

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

    /// <summary>The UK calendar date of an instant (the day a search or a crime happened on, as people there count days).</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The date.</returns>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

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

    /// <summary>
    /// The instant of a UK wall-clock time. In the hour the clocks go forward (01:00 to 02:00 on the last Sunday of March)
    /// no such time exists; in the hour they go back (01:00 to 02:00 on the last Sunday of October) it happens twice. Both
    /// are refused with a reason rather than guessed: a Section 60 authorisation's hours are counted from these instants.
    /// </summary>
    /// <param name="local">A UK date and time (its kind is ignored).</param>
    /// <param name="instant">The instant, when there is exactly one.</param>
    /// <param name="problem">Why there is not, in words a user can act on.</param>
    /// <returns>Whether the wall-clock time names one instant.</returns>
    public static bool TryFromLocal(DateTime local, out DateTimeOffset instant, [NotNullWhen(false)] out string? problem)
    {
        DateTime wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var gmt = new DateTimeOffset(wall, TimeSpan.Zero);
        var bst = new DateTimeOffset(wall, TimeSpan.FromHours(1));
        bool isGmt = ToLocal(gmt) == wall, isBst = ToLocal(bst) == wall;
        string text = wall.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (isGmt && isBst)
        {
            instant = default;
            problem = $"{text} happens twice in the UK (the clocks go back at 02:00 BST): add the offset, +01:00 for the first (BST) or Z for the second (GMT)";
            return false;
        }

        if (!isGmt && !isBst)
        {
            instant = default;
            problem = $"{text} does not exist in the UK (the clocks go forward from 01:00 GMT to 02:00 BST)";
            return false;
        }

        instant = isGmt ? gmt : bst;
        problem = null;
        return true;
    }

    /// <summary>
    /// Reads an instant as people write it: ISO-8601 date and time to the minute or second, with <c>T</c> or a space
    /// between; with <c>Z</c> or an offset (<c>+01:00</c>) it is that instant, without one it is UK wall-clock time.
    /// </summary>
    /// <param name="text">The text, e.g. <c>2023-08-27T12:00</c>, <c>2023-08-27 11:00Z</c>, <c>2023-08-27T12:00:00+01:00</c>.</param>
    /// <param name="instant">The instant, in UTC.</param>
    /// <param name="problem">Why the text is not an instant.</param>
    /// <returns>Whether the text was read.</returns>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant, [NotNullWhen(false)] out string? problem)
    {
        string t = (text ?? string.Empty).Trim().Replace(' ', 'T');
        if (DateTime.TryParseExact(t, s_localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            if (!TryFromLocal(local, out instant, out problem))
            {
                return false;
            }

            instant = instant.ToUniversalTime();
            return true;
        }

        if (DateTimeOffset.TryParseExact(t, s_offsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
        {
            instant = instant.ToUniversalTime();
            problem = null;
            return true;
        }

        problem = $"'{text}' is not a date and time: write yyyy-MM-ddTHH:mm (UK time), or add Z or an offset such as +01:00";
        return false;
    }

    /// <summary>An instant as UK wall-clock time with its zone, e.g. <c>2023-10-29 01:30 GMT</c>: what people read in messages.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The text.</returns>
    public static string Describe(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (IsSummerTime(instant) ? " BST" : " GMT");

    /// <summary>An instant as ISO-8601 with the UK offset of the moment, e.g. <c>2023-08-27T12:00:00+01:00</c>.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The text.</returns>
    public static string LocalIso(DateTimeOffset instant) =>
        new DateTimeOffset(ToLocal(instant), TimeSpan.FromHours(IsSummerTime(instant) ? 1 : 0)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
