using System.Net;
using System.Text.RegularExpressions;

namespace Lantern.Tests.Web;

/// <summary>
/// Issue #3's "first page load under 1 MB of JavaScript and CSS": the tasking page's scripts and stylesheets, as a
/// signed-in analyst's browser fetches them on a first visit. A size, not a timing, so it is a test.
/// </summary>
public sealed partial class TaskingPageAssetsTests(WebHost host) : IClassFixture<WebHost>
{
    // The class's databases that already hold the demo force: generating and importing it once is enough.
    private static readonly HashSet<string> s_imported = new(StringComparer.Ordinal);

    [Fact]
    public async Task TaskingPage_FirstLoad_LoadsUnderAMegabyteOfScriptsAndStyles()
    {
        HttpClient analyst = await host.ClientAsync("analyst");
        string page = await TaskingPageAsync(analyst);
        var urls = Assets(page);
        Assert.Contains(urls, u => u.Contains("leaflet.js", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Contains("tasking.js", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Contains("site.css", StringComparison.Ordinal));

        long total = 0;
        foreach (string url in urls)
        {
            // As sent to a browser that does not accept compression: the uncompressed bytes, the larger figure.
            HttpResponseMessage r = await analyst.GetAsync(url.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            total += (await r.Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.True(total < 1_000_000, $"the tasking page loads {total:N0} bytes of JavaScript and CSS ({string.Join(", ", urls)})");
    }

    [Fact]
    public async Task Assets_VersionedUrls_AreCachedForAYear_OthersForAnHour_AndCompressedWhenAccepted()
    {
        HttpClient analyst = await host.ClientAsync("analyst");
        string leaflet = Assert.Single(Assets(await TaskingPageAsync(analyst)), u => u.Contains("leaflet.js", StringComparison.Ordinal));
        Assert.Matches("^/assets/lib/leaflet/leaflet.js\\?v=[0-9a-f]{12}$", leaflet);

        HttpResponseMessage versioned = await analyst.GetAsync(leaflet.TrimStart('/'));
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.NotNull(versioned.Headers.ETag);

        HttpResponseMessage plain = await analyst.GetAsync("assets/lib/leaflet/leaflet.js");
        Assert.Equal("public, max-age=3600", plain.Headers.CacheControl?.ToString());
        HttpResponseMessage outdated = await analyst.GetAsync("assets/lib/leaflet/leaflet.js?v=000000000000");
        Assert.Equal("public, max-age=3600", outdated.Headers.CacheControl?.ToString());

        using var gzipped = new HttpRequestMessage(HttpMethod.Get, leaflet.TrimStart('/'));
        gzipped.Headers.AcceptEncoding.ParseAdd("gzip");
        HttpResponseMessage compressed = await analyst.SendAsync(gzipped);
        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        byte[] raw = await versioned.Content.ReadAsByteArrayAsync();
        byte[] sent = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(sent.Length < raw.Length / 2, $"gzip sent {sent.Length:N0} of {raw.Length:N0} bytes");
    }

    /// <summary>The tasking page with data to show (without any, it loads no map): the demo force, imported once per class's host.</summary>
    private async Task<string> TaskingPageAsync(HttpClient analyst)
    {
        lock (s_imported)
        {
            if (s_imported.Add(host.Database))
            {
                using var cli = new Cli.CliRun();
                cli.RunOk("import", Cli.TaskingCommandTests.Generate(cli), "--db", host.Database);
            }
        }

        return await analyst.GetStringAsync("tasking?force=lantern-demo&date=2025-02-03");
    }

    /// <summary>Every script and stylesheet a page references, in order.</summary>
    private static List<string> Assets(string html) =>
        [.. ScriptSource().Matches(html).Select(m => m.Groups[1].Value),
            .. LinkTag().Matches(html).Where(m => m.Value.Contains("rel=\"stylesheet\"", StringComparison.Ordinal))
                .Select(m => Href().Match(m.Value).Groups[1].Value)];

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("<link[^>]*>")]
    private static partial Regex LinkTag();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
