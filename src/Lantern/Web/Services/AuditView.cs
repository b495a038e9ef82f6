using System.Globalization;
using System.Text.Json;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// A look at the audit log is itself logged: its entries name people (the subjects of person-level views), so reading them
/// is consulting personal data (DOMAIN.md §7, s.62). The entry's subject is the search text, often a person id, so the
/// log also says who looked for whom in it.
/// </summary>
internal static class AuditView
{
    public const string Action = "view-audit-log";

    /// <summary>
    /// A search's days as the audit log's times compare (UTC ISO text): <paramref name="from"/> from its start,
    /// <paramref name="to"/> to its end (the page and the API both mean the whole day: "to 2026-11-22" includes it).
    /// </summary>
    /// <exception cref="Cli.CliException">A day that is not yyyy-MM-dd, or a period that ends before it starts.</exception>
    public static (string? From, string? ToBefore) Days(string? from, string? to)
    {
        DateOnly? first = Day(from, "from");
        DateOnly? last = Day(to, "to");
        if (first > last)
        {
            throw new Cli.CliException($"from ({first:yyyy-MM-dd}) is after to ({last:yyyy-MM-dd})");
        }

        return (first?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last?.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static DateOnly? Day(string? text, string field) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day) ? day
        : throw new Cli.CliException($"{field}: '{text}' is not a day (yyyy-MM-dd)");

    public static void Record(AuditTrail audit, LanternStore store, HttpContext http, string? actor, string? action, string? text, string? from,
        string? to, int shown) =>
        audit.Record(store, http, Action, text ?? "newest entries",
            detail: JsonSerializer.Serialize(new { actor, action, from, to, shown }));
}
