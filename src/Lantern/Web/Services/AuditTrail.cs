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
        AuditEntry.Append(store, time.GetUtcNow(), actor ?? ActorOf(http.User), action, subject, justification, detail,
            http.Connection.RemoteIpAddress?.ToString());

    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
