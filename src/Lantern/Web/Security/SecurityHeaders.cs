using Microsoft.AspNetCore.Authorization;

namespace Lantern.Web.Security;

/// <summary>
/// Security headers on every response: a content security policy with no inline scripts, no framing, no sniffing, no
/// referrer, and HSTS when the request came over TLS (directly or through a proxy that says so).
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseLanternSecurityHeaders(this IApplicationBuilder app, string? tileUrl)
    {
        // Tiles are images from the configured tile server, when there is one; nothing else leaves the origin.
        string tiles = TileOrigin(tileUrl) is { } origin ? " " + origin : string.Empty;
        string csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles + "; connect-src 'self'; " +
            "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        return app.Use((context, next) =>
        {
            IHeaderDictionary h = context.Response.Headers;
            h.ContentSecurityPolicy = csp;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                h.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return next(context);
        });
    }

    /// <summary>
    /// <c>Cache-Control: no-store</c> on every page and endpoint guarded by a policy that shows person-level data
    /// (individual searches, offenders, subject access and the audit log's subjects): no browser or proxy keeps a copy, a
    /// shared terminal's back button or a disk cache, that erasure cannot reach. Decided from the endpoint's policy, so a
    /// new person-level endpoint is covered without remembering to say so. Runs after routing, which finds the endpoint.
    /// </summary>
    public static IApplicationBuilder UseLanternNoStoreForPersonData(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is { } p && s_personLevel.Contains(p)) == true)
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return next(context);
        });

    private static readonly HashSet<string> s_personLevel =
        [Roles.Policies.PersonLevel, Roles.Policies.PublicProtection, Roles.Policies.Administration];

    internal static string? TileOrigin(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl))
        {
            return null;
        }

        // A template such as https://{s}.tiles.example/{z}/{x}/{y}.png: its scheme and host, with subdomains allowed.
        string withoutTemplate = tileUrl.Replace("{s}.", "x.", StringComparison.Ordinal);
        return Uri.TryCreate(withoutTemplate, UriKind.Absolute, out Uri? uri)
            ? $"{uri.Scheme}://{(tileUrl.Contains("{s}.", StringComparison.Ordinal) ? "*." + uri.Host[2..] : uri.Host)}{(uri.IsDefaultPort ? string.Empty : ":" + uri.Port)}"
            : null;
    }
}
