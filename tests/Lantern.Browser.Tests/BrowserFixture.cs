using Lantern.Tests.Web;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// What a browser test class shares: the real web app (<see cref="WebHost"/>: 127.0.0.1, a fresh SQLite file, one account
/// per role) and one headless Chromium, both started once for the class. Each test runs its steps in a
/// <see cref="BrowserRun"/>. Where the tests are skipped (no Chromium) neither is started.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _hostStarted;

    public WebHost Host { get; } = new();

    public async Task InitializeAsync()
    {
        if (TestBrowser.SkipReason is not null)
        {
            return;
        }

        // Long enough for a tasking list on a busy two-core machine; short enough that a page that never shows what
        // is expected fails in seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        await Host.InitializeAsync();
        _hostStarted = true;
        _playwright = await Playwright.CreateAsync();
        _browser = await TestBrowser.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_hostStarted)
        {
            await Host.DisposeAsync();
        }
    }

    /// <summary>
    /// Runs one test's steps in a new <see cref="BrowserRun"/>. When a step fails, every page still open is saved as a
    /// screenshot before the failure is passed on; when all pass, no page may have logged an error (a script error, a
    /// request refused, a Content Security Policy violation).
    /// </summary>
    internal async Task RunAsync(string test, Func<BrowserRun, Task> steps)
    {
        await using var run = new BrowserRun(_browser ?? throw new InvalidOperationException("No browser: the test should have been skipped."),
            Host.BaseAddress, test);
        try
        {
            await steps(run);
        }
        catch (Exception failure)
        {
            try
            {
                await run.ShotEveryPageAsync("failed");
            }
            catch (PlaywrightException shot)
            {
                throw new AggregateException("The test failed, and so did the screenshots of its pages.", failure, shot);
            }

            throw;
        }

        Assert.True(run.Errors.Count == 0, "The pages logged errors:\n" + string.Join('\n', run.Errors));
    }
}
