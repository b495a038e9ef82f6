using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Lantern.Web.Security;

/// <summary>
/// Lantern behind a force's reverse proxy, which usually ends TLS (docs/web.md): from the configured proxy address only,
/// its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, so a request that reached the proxy over TLS
/// counts as one (HSTS, Secure cookies) and the audit log and the sign-in rate limit see the client's address rather than
/// the proxy's, which would put the whole force in one rate-limit count. From any other address the headers are ignored:
/// they would let anyone choose their recorded address. The address the connection came from (the proxy's, when it is
/// one) is kept for <see cref="TrustedProxyIdentity"/>.
/// </summary>
internal static class ReverseProxy
{
    private const string HopKey = "lantern:hop";

    public static IApplicationBuilder UseLanternReverseProxy(this IApplicationBuilder app, string? proxyAddress)
    {
        if (string.IsNullOrWhiteSpace(proxyAddress))
        {
            return app;
        }

        IPAddress proxy = IPAddress.Parse(proxyAddress);
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1, // the proxy's own entry: addresses before it were written by whoever sent the request
        };
        options.KnownIPNetworks.Clear(); // the defaults trust any loopback address
        options.KnownProxies.Clear();
        options.KnownProxies.Add(proxy); // an IPv4 proxy also as ::ffff:a.b.c.d: the middleware maps only such addresses
        app.Use((context, next) =>
        {
            context.Items[HopKey] = context.Connection.RemoteIpAddress;
            return next(context);
        });
        return app.UseForwardedHeaders(options);
    }

    /// <summary>The address the connection came from, before any forwarded header: the proxy's, for a request through it.</summary>
    public static IPAddress? HopOf(HttpContext context) =>
        context.Items.TryGetValue(HopKey, out object? hop) ? hop as IPAddress : context.Connection.RemoteIpAddress;
}
