using System.Text.RegularExpressions;
using Lantern.Tests;
using Lantern.Tests.Cli;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// The stop-and-search pages in a real browser, on the Met's real searches of 2023-04 to 2023-06 with Census 2021 and
/// London's boroughs where the shared data is present (else the generator's fictional force): an analyst opens the
/// dashboard from the menu, chooses the force and months, sees the months charted and the tables, moves to the borough
/// table and prints; a scrutiny panel member lands on the monthly report, which prints on at most two A4 pages, and is
/// turned away from the dashboard. Every page is saved as a screenshot, and the report as a PDF.
/// </summary>
public sealed class StopSearchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task Dashboard_AndScrutinyReport_ReadAndPrinted() => browser.RunAsync("stopsearch", async run =>
    {
        (string force, string from, string to) = Import();

        IPage analyst = await run.DesktopAsync();
        await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
        await analyst.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Stop and search", Exact = true }).ClickAsync();
        await Expect(analyst).ToHaveURLAsync(new Regex("/stop-search$"));
        await analyst.Locator("select[name='force']").SelectOptionAsync(force);
        await analyst.Locator("input[name='from']").FillAsync(from);
        await analyst.Locator("input[name='to']").FillAsync(to);
        await analyst.Locator("#filters button[type='submit']").ClickAsync();
        await Expect(analyst.Locator("#headline")).ToHaveAttributeAsync("data-searches", new Regex(@"^\d+$"));
        await Expect(analyst.Locator("#months tbody tr")).ToHaveCountAsync(3);
        await Expect(analyst.Locator("svg.months rect.whole")).ToHaveCountAsync(3);
        await Expect(analyst.Locator("#by-legislation tbody tr")).Not.ToHaveCountAsync(0);
        await Expect(analyst.Locator("#outcome-test tbody tr")).ToHaveCountAsync(5);
        await run.ShotAsync(analyst, "dashboard");

        await analyst.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Boroughs", Exact = true }).ClickAsync();
        await Expect(analyst.Locator("#boroughs tbody tr")).Not.ToHaveCountAsync(0);
        await Expect(analyst.Locator("#boroughs tr.total")).ToHaveCountAsync(1);
        await run.ShotAsync(analyst, "boroughs");
        await analyst.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await run.ShotAsync(analyst, "boroughs-print");

        IPage panel = await run.DesktopAsync();
        await LoginPage.SignInAsync(panel, "scrutiny", WebHost.Password);
        await Expect(panel).ToHaveURLAsync(new Regex("/stop-search/scrutiny$"));
        await Expect(panel.Locator("#scrutiny-report")).ToHaveAttributeAsync("data-month", to);
        await Expect(panel.Locator("td.small").First).ToHaveTextAsync("<5");
        await Expect(panel.Locator("#csv")).ToHaveAttributeAsync("href", new Regex("/api/stop-search/scrutiny/csv\\?force="));
        await run.ShotAsync(panel, "scrutiny-report");
        await panel.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await run.ShotAsync(panel, "scrutiny-report-print");
        string pdf = Path.Combine(Artefacts.Screenshots, "stopsearch-scrutiny-report.pdf");
        byte[] printed = await panel.PdfAsync(new PagePdfOptions { Format = "A4", Path = pdf, PrintBackground = true });
        int pages = Regex.Count(System.Text.Encoding.Latin1.GetString(printed), @"/Type\s*/Page[^s]");
        Assert.InRange(pages, 1, 2);

        // A scrutiny panel sees nothing else: the dashboard sends them to the page that says so.
        await panel.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await panel.GotoAsync("stop-search");
        await Expect(panel).ToHaveURLAsync(new Regex("/denied"));
        await Expect(panel.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Stop and search", Exact = true })).ToHaveCountAsync(0);
    });

    // The Met's three summer months of 2023 with their census and boroughs, or three months of the fictional force.
    private (string Force, string From, string To) Import()
    {
        using var cli = new CliRun();
        string db = browser.Host.Database;
        if (RealData.Root is not null)
        {
            foreach (string month in new[] { "2023-04", "2023-05", "2023-06" })
            {
                cli.RunOk("--db", db, "import", RealData.Path("police", month, $"{month}-metropolitan-stop-and-search.csv"));
            }

            cli.RunOk("--db", db, "population", "import", RealData.Path("population", "census2021-ts021-msoa.csv"));
            cli.RunOk("--db", db, "population", "import", RealData.Path("geo", "london-lsoa-2021-to-borough.csv"));
            cli.RunOk("--db", db, "population", "import", RealData.Path("population", "lad16-to-police-force-area.csv"));
            cli.RunOk("--db", db, "areas", "import", RealData.Path("geo", "london-boroughs-2022.geojson"), "--level", "borough");
            return ("metropolitan", "2023-04", "2023-06");
        }

        string dir = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", dir, "--events", "20000", "--months", "3", "--end", "2025-01");
        cli.RunOk(["--db", db, "import", .. Directory.GetFiles(Path.Combine(dir, "force-export"), "*stop-search*")]);
        cli.RunOk("--db", db, "areas", "import", Path.Combine(dir, "boundaries", "lantern-demo-lsoa.geojson"), "--level", "borough",
            "--code-property", "LSOACD", "--name-property", "LSOANM");
        return ("lantern-demo", "2024-11", "2025-01");
    }
}
