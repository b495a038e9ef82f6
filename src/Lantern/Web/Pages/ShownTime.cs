using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Web.Pages;

/// <summary>
/// A time the store keeps (UTC, ISO-8601: "2026-11-21T17:14:17Z") as pages show it: a UK clock with its zone,
/// "2026-11-21 17:14 GMT", which is what a reader in a UK force compares with their own.
/// </summary>
internal static class ShownTime
{
    /// <summary>A stored day ("2024-01-15") as a briefing heads it: "Monday 15 January 2024".</summary>
    public static string Day(string stored) =>
        DateOnly.TryParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : stored;

    public static string Uk(string stored) => UkTime.Describe(Instant(stored));

    /// <summary>
    /// A stored time as an officer's clock shows it: UK hours and minutes, with the day when it is not
    /// <paramref name="day"/>, the tasking's own (a night shift's visit after midnight, "01:58 (Sat 1 Aug)"), so that it is
    /// not read as that morning.
    /// </summary>
    public static string Clock(string stored, string? day)
    {
        DateTime local = UkTime.ToLocal(Instant(stored));
        string clock = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return day is null || local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == day
            ? clock
            : $"{clock} ({local.ToString("ddd d MMM", CultureInfo.GetCultureInfo("en-GB"))})";
    }

    /// <summary>
    /// A place's patrol plan as officers read it: "3 × 15 min at 22:17, 23:59, 01:58 (after midnight)". The times run
    /// through the peak window in order, so one earlier than the time before it is past midnight, in the same night's
    /// shift: it is marked so, and is not read as that morning.
    /// </summary>
    /// <param name="visits">Planned visits.</param>
    /// <param name="minutes">Minutes a visit.</param>
    /// <param name="times">The visits' times as published, "HH:mm" comma-separated, or empty when the data gave no hours.</param>
    public static string Plan(long visits, long minutes, string times)
    {
        var text = new System.Text.StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{visits} × {minutes} min"));
        string previous = string.Empty;
        bool afterMidnight = false;
        foreach (string time in times.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            afterMidnight |= string.CompareOrdinal(time, previous) < 0; // "HH:mm" sorts as it reads
            text.Append(previous.Length == 0 ? " at " : ", ").Append(time).Append(afterMidnight ? " (after midnight)" : string.Empty);
            previous = time;
        }

        return text.ToString();
    }

    private static DateTimeOffset Instant(string stored) => DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
