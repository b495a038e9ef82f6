using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;

namespace Lantern.Web;

/// <summary>
/// The web assets embedded in the executable (our own and Leaflet's), served under /assets, and versioned URLs for the
/// pages: "/assets/site.css?v=" and the first 12 hex digits of the file's SHA-256. A versioned URL names one content for
/// good, so it is served with a year's immutable caching: a browser fetches an asset again only when a new Lantern has
/// changed it. Unversioned or outdated URLs still work, cached for an hour. Thread safe.
/// </summary>
internal sealed class AssetUrls
{
    public const string RequestPath = "/assets";
    public const string VersionParameter = "v";
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Short = "public, max-age=3600";

    private readonly ConcurrentDictionary<string, string?> _versions = new(StringComparer.Ordinal);

    /// <summary>Names as EmbeddedFileProvider looks them up: "web." + the path below /assets with "/" as "." (Lantern.csproj).</summary>
    public IFileProvider Files { get; } = new EmbeddedFileProvider(Assembly.GetExecutingAssembly(), "web");

    /// <summary>The URL of an asset, e.g. Url("lib/leaflet/leaflet.js"), with its version.</summary>
    /// <exception cref="ArgumentException">No such asset: a page names a file the build did not embed.</exception>
    public string Url(string path)
    {
        string version = Version(path) ?? throw new ArgumentException($"no web asset '{path}' is embedded", nameof(path));
        return $"{RequestPath}/{path}?{VersionParameter}={version}";
    }

    /// <summary>Caching for a response of the static files: immutable when the URL names the asset's current version.</summary>
    public void SetCaching(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context)
    {
        HttpContext http = context.Context;
        bool current = http.Request.Path.StartsWithSegments(RequestPath, out PathString below) && below.Value is { Length: > 1 } path &&
            http.Request.Query.TryGetValue(VersionParameter, out var asked) && asked.Count == 1 &&
            string.Equals(asked[0], Version(path[1..]), StringComparison.Ordinal);
        http.Response.Headers.CacheControl = current ? Immutable : Short;
    }

    private string? Version(string path) => _versions.GetOrAdd(path, p =>
    {
        IFileInfo file = Files.GetFileInfo(p);
        if (!file.Exists)
        {
            return null;
        }

        using Stream stream = file.CreateReadStream();
        return Convert.ToHexStringLower(SHA256.HashData(stream), 0, 6);
    });
}
