using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// The Chromium the browser tests drive: Debian's (<c>apt-get install chromium</c>) at /usr/bin/chromium, or the one
/// <c>LANTERN_CHROMIUM</c> names. Playwright's own browser builds are not used: they are downloaded by
/// <c>playwright install</c>, which cannot reach its download site from these machines. Where there is no Chromium the
/// tests skip, saying so; with <c>LANTERN_REQUIRE_BROWSER=1</c> (scripts/test.sh, so CI) they run regardless, and a
/// missing browser fails them.
/// </summary>
internal static class TestBrowser
{
    public const string PathVariable = "LANTERN_CHROMIUM";
    public const string RequireVariable = "LANTERN_REQUIRE_BROWSER";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why the browser tests are skipped here, or null when they run.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(RequireVariable) == "1" || File.Exists(ExecutablePath)
            ? null
            : $"No Chromium at {ExecutablePath}: browser tests skipped. Install it with 'apt-get install chromium' (scripts/test.sh does, " +
              $"and sets {RequireVariable}=1 so that they must run), or set {PathVariable}.";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"No Chromium at {ExecutablePath}, and {RequireVariable}=1 says the browser tests must run: install it with " +
                $"'apt-get install chromium' (scripts/test.sh does), or set {PathVariable} to a Chromium executable.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: the tests may run as root (CI), where Chromium's sandbox refuses to start. The rest keeps a test
            // run from reaching anything but the app on 127.0.0.1 (updates, sync, component downloads) and from needing a GPU.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
