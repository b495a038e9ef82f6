using System.Text.RegularExpressions;
using Lantern.Data.Generation;
using Lantern.Tests.Cli;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// The forecasting page in a real browser, on the generator's timestamped force: an analyst starts a daily backtest from
/// the form; the backtest runs in the background while the page follows it (it reloads itself), and the browser lands on
/// the recorded report with its charts, the job listed as done. Screenshots of the page following the job and of the report.
/// </summary>
public sealed class ForecastingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task Backtest_StartedFromThePage_IsFollowedUntilItsReport() => browser.RunAsync("forecasting", async run =>
    {
        using (var cli = new CliRun())
        {
            string data = Path.Combine(cli.Directory, "data");
            cli.RunOk("generate", "--out", data, "--events", "20000", "--months", "12", "--end", "2025-01");
            cli.RunOk("--db", browser.Host.Database, "import", data);
        }

        IPage analyst = await run.DesktopAsync();
        await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
        await analyst.GotoAsync("forecasting");
        await analyst.Locator("#start select[name='force']").SelectOptionAsync(SyntheticForce.Slug);
        await analyst.Locator("#start select[name='unit']").SelectOptionAsync("day");
        await analyst.Locator("#start input[name='from']").FillAsync("2025-01-01");
        await analyst.Locator("#start input[name='to']").FillAsync("2025-01-31");
        await analyst.Locator("#start input[name='methods']").FillAsync("naive,retro,prospective,kde,gridsepp");
        await analyst.Locator("#start input[name='coverage']").FillAsync("1,2,5,10");
        await analyst.Locator("#start button[type='submit']").ClickAsync();

        // Either still following the job (the page says so and reloads itself) or already sent to the report.
        await Expect(analyst).ToHaveURLAsync(new Regex(@"/forecasting\?(job|run)=\d+$"));
        if (analyst.Url.Contains("job=", StringComparison.Ordinal))
        {
            await run.ShotAsync(analyst, "following");
        }

        await Expect(analyst).ToHaveURLAsync(new Regex(@"/forecasting\?run=\d+$"), new PageAssertionsToHaveURLOptions { Timeout = 120_000 });
        await Expect(analyst.Locator("#report svg").First).ToBeVisibleAsync();
        await Expect(analyst.Locator("#jobs")).ToContainTextAsync("done: run #");
        await run.ShotAsync(analyst, "report");
    });
}
