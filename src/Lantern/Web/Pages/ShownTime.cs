using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Web.Pages;

/// <summary>
/// A time the store keeps (UTC, ISO-8601: "2026-11-21T17:14:17Z") as pages show it: a UK clock with its zone,
/// "2026-11-21 17:14 GMT", which is what a reader in a UK force compares with their own.
/// </summary>
internal static class ShownTime
{
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

    private static DateTimeOffset Instant(string stored) => DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
