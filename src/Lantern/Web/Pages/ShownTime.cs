using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Web.Pages;

/// <summary>
/// A time the store keeps (UTC, ISO-8601: "2026-11-21T17:14:17Z") as pages show it: a UK clock with its zone,
/// "2026-11-21 17:14 GMT", which is what a reader in a UK force compares with their own.
/// </summary>
internal static class ShownTime
{
    public static string Uk(string stored) =>
        UkTime.Describe(DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
}
