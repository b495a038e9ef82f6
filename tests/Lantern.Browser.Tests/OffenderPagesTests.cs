using Lantern.Analysis;
using Lantern.Data.Formats.Offenders;
using Lantern.Data.Formats.Population;
using Lantern.Data.Generation;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Tests;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// The offender pages in a real browser on a small synthetic force: public protection gives a justification, sees the
/// list with the fairness report beside it, opens the top person's explanation and records a review decision; an
/// administrator answers a subject access request. No address the browser asks for, and no line of the server's request
/// log, names a person or a justification (they would stay in history, Referer headers and proxy logs).
/// </summary>
public sealed class OffenderPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task List_Explain_Review_SubjectAccess() => browser.RunAsync("offenders", async run =>
    {
        using (LanternStore store = LanternStore.Open(browser.Host.Database))
        {
            IReadOnlyList<OffenderExportRow> rows = SyntheticOffenders.Generate(new OffenderGeneratorOptions { AsOf = new DateOnly(2026, 10, 31), SuspectsPerYear = 2_000 });
            OffenderStore.Import(store, new OffenderFile("synthetic.csv", rows, []), "browser-test", "test", DateTimeOffset.UtcNow, null);
            OffenderRun.Score(store, new OffenderScoreRequest { AsOf = "2026-10-31", By = "test", Justification = "browser test set-up" }, DateTimeOffset.UtcNow, null);
        }

        int logged = browser.Host.Requests.Lines.Count;
        var addresses = new List<string>();
        IPage page = await run.DesktopAsync();
        Record(page, addresses);
        await LoginPage.SignInAsync(page, "public-protection", WebHost.Password);
        await page.GotoAsync("offenders");
        await Expect(page.Locator("#offenders")).ToHaveCountAsync(0);
        await page.Locator("#justify input[name='justification']").FillAsync("Monthly V100 review, DA strategy board");
        await page.Locator("#justify button").ClickAsync();
        await Expect(page.Locator("#offenders tbody tr")).ToHaveCountAsync(100);
        await Expect(page.Locator("#fairness")).ToContainTextAsync("suspect population");
        await run.ShotAsync(page, "list");

        // The area benchmark: the census residents of a force the store holds (the 2011 force table, when the shared data is here).
        if (RealData.Root is not null)
        {
            using (LanternStore store = LanternStore.Open(browser.Host.Database))
            {
                string path = RealData.Path("population", "census2011-ethnic-group-by-police-force.csv");
                byte[] bytes = File.ReadAllBytes(path);
                using var stream = new MemoryStream(bytes);
                PopulationStore.Import(store, PopulationFileReader.Read(stream, path, PopulationFileReader.Census2011), bytes, "test", TimeProvider.System);
            }

            await page.GotoAsync("offenders");
            await page.Locator("#justify input[name='justification']").FillAsync("Monthly V100 review, DA strategy board");
            await page.Locator("#area").SelectOptionAsync("west-midlands");
            await page.Locator("#justify button").ClickAsync();
            await Expect(page.Locator("#census-note")).ToContainTextAsync("Census 2011 ethnic group, West Midlands Police (force west-midlands)");
            await Expect(page.Locator("#census tbody tr")).Not.ToHaveCountAsync(0);
            await page.Locator("#census").ScrollIntoViewIfNeededAsync();
            await run.ShotAsync(page, "list-area");
        }

        string[] people = await page.Locator("#people button[name='id']").EvaluateAllAsync<string[]>("bs => bs.map(b => b.value)");
        Assert.NotEmpty(people);
        await page.Locator("#offenders tbody tr").First.Locator("button").ClickAsync();
        await Expect(page.Locator("#explanation")).ToContainTextAsync("is ranked 1 of");
        string person = (await page.Locator("h1").InnerTextAsync()).Trim();
        Assert.Equal(people[0], person);
        await run.ShotAsync(page, "person");
        await page.Locator("#review select[name='decision']").SelectOptionAsync("accept");
        await page.Locator("#review textarea[name='reason']").FillAsync("Escalating offending against several victims");
        await page.Locator("#review button").ClickAsync();
        await Expect(page.Locator("#decisions")).ToContainTextAsync("accept");
        await Expect(page.Locator("[role='status']")).ToContainTextAsync("Recorded: accept.");
        await run.ShotAsync(page, "reviewed");
        await page.Locator("#back button").ClickAsync(); // back to the list, the justification carried in the body
        await Expect(page.Locator("#offenders tbody tr")).ToHaveCountAsync(100);

        IPage admin = await run.DesktopAsync();
        Record(admin, addresses);
        await LoginPage.SignInAsync(admin, "administrator", WebHost.Password);
        await admin.GotoAsync("admin/subject-access");
        await admin.Locator("#request input[name='id']").FillAsync(person);
        await admin.Locator("#request input[name='justification']").FillAsync("SAR 2026/114");
        await admin.Locator("#request button").ClickAsync();
        await Expect(admin.Locator("#records tbody tr")).Not.ToHaveCountAsync(0);
        await run.ShotAsync(admin, "subject-access");

        // Every address asked for or shown (requests, navigations, any Referer sent) and every request the server logged.
        string[] seen = [.. addresses, .. browser.Host.Requests.Lines.Skip(logged)];
        Assert.Contains(seen, a => a.Contains("/offenders/person", StringComparison.Ordinal)); // the journey was recorded
        string[] secrets = [.. people, "V100", "DA strategy", "SAR", "2026/114", "2026%2F114", "Escalating"];
        string[] leaks = [.. seen.Where(a => secrets.Any(x => Uri.UnescapeDataString(a.Replace('+', ' ')).Contains(x, StringComparison.OrdinalIgnoreCase)))];
        Assert.True(leaks.Length == 0, "Person data in an address or the request log:\n" + string.Join('\n', leaks));
    });

    // The address of every request the page's browser context sends, every page it shows, and any Referer header it sends.
    private static void Record(IPage page, List<string> addresses)
    {
        page.Context.Request += (_, r) =>
        {
            lock (addresses)
            {
                addresses.Add(r.Url);
                if (r.Headers.TryGetValue("referer", out string? referer))
                {
                    addresses.Add(referer);
                }
            }
        };
        page.FrameNavigated += (_, f) =>
        {
            lock (addresses)
            {
                addresses.Add(f.Url);
            }
        };
    }
}
