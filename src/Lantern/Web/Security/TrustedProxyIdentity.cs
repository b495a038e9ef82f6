using System.Net;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Security;

/// <summary>
/// Trusted reverse-proxy identity (docs/web.md): a force that puts its single sign-on proxy in front of Lantern names the
/// signed-in user in a header. The header is believed only when the mode is configured and the request comes from the
/// configured proxy address; otherwise a request carrying it is refused (403), so nobody can claim an identity by
/// sending the header themselves. The named account must exist and be enabled: the proxy vouches for who, Lantern for
/// what they may do.
/// </summary>
internal sealed class TrustedProxyIdentity(RequestDelegate next, IOptions<LanternWebOptions> options, TimeProvider time)
{
    // When each account was last audited as signed in through the proxy. The header comes with every request and there is
    // no session: an account's first request, and its first after a session's longest life (MaximumSessionAge), count as
    // its sign-in, as a browser signing in again after a shift would.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _signedIn = new(StringComparer.Ordinal);

    public const string DefaultHeader = "X-Remote-User";

    public async Task InvokeAsync(HttpContext context, StoreAccess stores, AuditTrail audit)
    {
        LanternWebOptions o = options.Value;
        string header = o.TrustedProxyHeader ?? DefaultHeader;
        if (!context.Request.Headers.TryGetValue(header, out var values))
        {
            await next(context);
            return;
        }

        bool modeOn = o.TrustedProxyHeader is not null && o.TrustedProxyAddress is not null;
        // An IPv4 proxy reaching a dual-stack socket shows as ::ffff:a.b.c.d. Only such an address is read as IPv4:
        // MapToIPv4 keeps the last four bytes of any IPv6 address, which a client can choose to match the proxy's.
        bool fromProxy = modeOn && IPAddress.TryParse(o.TrustedProxyAddress, out IPAddress? proxy) &&
            ReverseProxy.HopOf(context) is { } remote && (remote.Equals(proxy) || (remote.IsIPv4MappedToIPv6 && remote.MapToIPv4().Equals(proxy)));
        if (!fromProxy)
        {
            audit.Record(context, "identity-header-refused", header, detail: modeOn ? "{\"reason\":\"not from the trusted proxy\"}" : "{\"reason\":\"mode off\"}",
                actor: "anonymous");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($"The {header} header is not accepted from this address.");
            return;
        }

        using (LanternStore store = stores.Open())
        {
            Account? account = Account.Find(store, values.ToString());
            if (account is null || account.IsDisabled)
            {
                audit.Record(store, context, "sign-in-refused", values.ToString(),
                    detail: account is null ? "{\"reason\":\"no such account\",\"via\":\"proxy\"}" : "{\"reason\":\"disabled\",\"via\":\"proxy\"}",
                    actor: "anonymous");
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("The proxy's user has no enabled Lantern account.");
                return;
            }

            context.User = SignInService.Principal(account, "proxy");
            DateTimeOffset now = time.GetUtcNow();
            if (!_signedIn.TryGetValue(account.UserName, out DateTimeOffset last) || now - last >= o.MaximumSessionAge)
            {
                _signedIn[account.UserName] = now;
                audit.Record(store, context, "sign-in", account.UserName, detail: "{\"via\":\"proxy\"}", actor: account.UserName);
            }
        }

        await next(context);
    }
}
