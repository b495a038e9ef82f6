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

    public static void Record(AuditTrail audit, LanternStore store, HttpContext http, string? actor, string? action, string? text, string? from,
        string? to, int shown) =>
        audit.Record(store, http, Action, text ?? "newest entries",
            detail: JsonSerializer.Serialize(new { actor, action, from, to, shown }));
}
