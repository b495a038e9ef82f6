using System.Globalization;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// One browser test's people and pictures. Each person gets a browser context of their own (their own cookies), on a
/// desktop screen or a phone's, closed when the test ends. Screenshots are whole pages, numbered in the order taken:
/// <c>&lt;artefacts&gt;/screenshots/&lt;test&gt;-NN-&lt;step&gt;.png</c> (see <see cref="Artefacts"/>); a run first
/// deletes the test's pictures from the run before. Errors that pages log are collected for the end of the test.
/// </summary>
internal sealed class BrowserRun : IAsyncDisposable
{
    private readonly IBrowser _browser;
    private readonly Uri _baseAddress;
    private readonly string _test;
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _errors = [];
    private int _shots;

    public BrowserRun(IBrowser browser, Uri baseAddress, string test)
    {
        _browser = browser;
        _baseAddress = baseAddress;
        _test = test;
        Directory.CreateDirectory(Artefacts.Screenshots);
        foreach (string old in Directory.EnumerateFiles(Artefacts.Screenshots, test + "-*.png"))
        {
            File.Delete(old);
        }
    }

    /// <summary>What the pages logged as errors, with the page's address.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>
    /// A laptop's screen: 1280 × 800. <paramref name="testScripts"/> lets the test add its own scripts to the pages (the
    /// accessibility checker, <see cref="Axe"/>), which the app's Content Security Policy would otherwise refuse.
    /// </summary>
    public Task<IPage> DesktopAsync(bool testScripts = false) => NewPageAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        BypassCSP = testScripts,
    });

    /// <summary>A phone's screen, as patrol officers use the app: 390 × 844 CSS pixels (an iPhone 12 to 14) at 2×, with touch.</summary>
    public Task<IPage> PhoneAsync(bool testScripts = false) => NewPageAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        BypassCSP = testScripts,
    });

    /// <summary>Saves the whole page (not just the screen) as the test's next screenshot.</summary>
    public async Task ShotAsync(IPage page, string step)
    {
        _shots++;
        string file = Path.Combine(Artefacts.Screenshots, string.Create(CultureInfo.InvariantCulture, $"{_test}-{_shots:D2}-{step}.png"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    /// <summary>A screenshot of every page still open: what each person saw when a step failed.</summary>
    public async Task ShotEveryPageAsync(string step)
    {
        foreach (IPage page in _contexts.SelectMany(c => c.Pages).Where(p => !p.IsClosed))
        {
            await ShotAsync(page, step);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (IBrowserContext context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    private async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        options.BaseURL = _baseAddress.ToString();
        options.Locale = "en-GB";
        options.TimezoneId = "Europe/London";
        IBrowserContext context = await _browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        IPage page = await context.NewPageAsync();
        page.PageError += (_, error) => _errors.Add($"{page.Url}: script error: {error}");
        page.Console += (_, message) =>
        {
            // A failed request is logged as "Failed to load resource" without its address: recorded below with it.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _errors.Add($"{page.Url}: console: {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _errors.Add($"{page.Url}: HTTP {response.Status} from {response.Request.Method} {response.Url}");
            }
        };
        return page;
    }
}
