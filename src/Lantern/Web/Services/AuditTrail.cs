using System.Security.Claims;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>Writes audit entries for web actions, with who (the signed-in account) and from where.</summary>
internal sealed class AuditTrail(StoreAccess stores, TimeProvider time)
{
    public AuditEntry Record(HttpContext http, string action, string? subject = null, string? justification = null, string? detail = null,
        string? actor = null)
    {
        using LanternStore store = stores.Open();
        return Record(store, http, action, subject, justification, detail, actor);
    }

    public AuditEntry Record(LanternStore store, HttpContext http, string action, string? subject = null, string? justification = null,
        string? detail = null, string? actor = null) =>
        AuditEntry.Append(store, time.GetUtcNow(), actor ?? ActorOf(http.User), action, subject, justification, detail, ClientOf(http));

    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    /// <summary>Where a request came from, as the audit log records it: the remote address.</summary>
    public static string? ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
