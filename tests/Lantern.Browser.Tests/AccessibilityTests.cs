using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Data.Generation;
using Lantern.Tests.Cli;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// Every page, as each role that can open it, checked against WCAG 2.2 AA by axe-core (<see cref="Axe"/>), on the demo's
/// fictional force with content on every page: a tasking list with places added and suppressed, published, visited by an
/// officer; a backtest report; stop-and-search figures; a Section 60 authorisation; an import report with rejected rows;
/// the offender list and a person; the accounts and the audit log; the sign-in, password, refused and not-found pages and
/// the forms' error messages. At desktop size, and at a phone's (390 × 844) for the patrol pages and what a supervisor
/// checks on a phone. One context per person, one database; the test fails naming page, rule and element.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Force = SyntheticForce.Slug;

    [BrowserFact]
    public Task EveryPage_AsEachRole_MeetsWcag22AA() => browser.RunAsync("a11y", async run =>
    {
        long backtest = Seed();
        var audit = new AccessibilityAudit(run);

        await AnonymousAsync(run, audit);
        IPage analyst = await run.DesktopAsync(testScripts: true);
        long publication = await AnalystAsync(analyst, audit, backtest);
        await OfficerAsync(run, audit);
        await analyst.GotoAsync($"dosage?id={publication}");
        await audit.CheckAsync(analyst, "analyst", "dosage with visits", reflow: true);
        await SupervisorAsync(run, audit, publication);
        string person = await PublicProtectionAsync(run, audit);
        await AdministratorAsync(run, audit, person);
        await ScrutinyAsync(run, audit);

        await audit.WriteNeedsReviewAsync("a11y");
        audit.AssertNone();
    });

    /// <summary>
    /// The checker itself finds what it should: a page breaking four rules is reported rule by rule, naming each element.
    /// </summary>
    [BrowserFact]
    public Task Checker_OnAPageBreakingRules_NamesEachRuleAndElement() => browser.RunAsync("a11y-checker", async run =>
    {
        IPage page = await run.DesktopAsync(testScripts: true);
        await page.SetContentAsync(
            """
            <!DOCTYPE html><html><head><title>Broken</title></head><body><main>
            <h1>Broken</h1>
            <img id="no-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <input id="no-label">
            <p id="faint" style="color:#bbb;background:#fff">Hard to read</p>
            </main></body></html>
            """);
        IReadOnlyList<string> found = await Axe.ViolationsAsync(page);
        Assert.Contains(found, v => v.StartsWith("html-has-lang (serious): html:", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("image-alt (critical): #no-alt:", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("label (critical): #no-label:", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("color-contrast (serious): #faint:", StringComparison.Ordinal));
        Assert.Equal(4, found.Count);
    });

    /// <summary>The checker is the tests' alone: installed beside them, and not among the files the app serves.</summary>
    [Fact]
    public void Checker_IsBesideTheTests_NotInTheApp()
    {
        Assert.True(File.Exists(Axe.ScriptPath), $"axe-core is not at {Axe.ScriptPath}");
        string[] served = typeof(Lantern.Web.AssetUrls).Assembly.GetManifestResourceNames();
        Assert.Contains("web.lib.leaflet.leaflet.js", served); // what the app does embed, so the names are read right
        Assert.DoesNotContain(served, n => n.Contains("axe", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The demo's data (a fictional force: crimes, stop and search, boundaries, offenders), a backtest with a chosen
    /// method, and a Section 60 authorisation. Returns the backtest's run.
    /// </summary>
    private long Seed()
    {
        string db = browser.Host.Database;
        DemoData.Import(db);
        using var cli = new CliRun();
        string backtest = cli.RunOk("--db", db, "backtest", "--force", Force, "--methods", "naive,retro", "--coverage", "1,5",
            "--choose", "5");
        cli.RunOk("--db", db, "s60", "add", "--force", Force, "--reference", "A11Y-1", "--officer", "Insp Jo Bloggs", "--rank", "inspector",
            "--grounds", "Two groups have arranged to fight with knives", "--belief", "may", "--locality", "Lanternbury 001A",
            "--area-code", "X01000001",
            "--start", "2026-10-10T18:00", "--end", "2026-10-11T12:00", "--recorded-by", "analyst");
        Match recorded = Regex.Match(backtest, @"^Backtest for .*\(run #(\d+)\)$", RegexOptions.Multiline);
        Assert.True(recorded.Success, "The backtest's run number is not in what it printed:\n" + backtest);
        return long.Parse(recorded.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task AnonymousAsync(BrowserRun run, AccessibilityAudit audit)
    {
        var people = new[]
        {
            (await run.DesktopAsync(testScripts: true), "anonymous"),
            (await run.PhoneAsync(testScripts: true), "anonymous on a phone"),
        };
        foreach ((IPage page, string who) in people)
        {
            await page.GotoAsync("login");
            await audit.CheckAsync(page, who, "sign-in", reflow: true);
            await LoginPage.SubmitAsync(page, "analyst", "not-the-password");
            await Expect(page.Locator(".error")).ToBeVisibleAsync();
            await audit.CheckAsync(page, who, "sign-in refused");
            await page.GotoAsync("status/404");
            await audit.CheckAsync(page, who, "not found");
        }
    }

    private static async Task<long> AnalystAsync(IPage analyst, AccessibilityAudit audit, long backtest)
    {
        const string who = "analyst";
        await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
        await analyst.GotoAsync($"tasking?force={Force}");
        await DemoData.TaskingListShownAsync(analyst);
        await audit.CheckAsync(analyst, who, "tasking");
        await analyst.Locator("#places tbody tr").First.ClickAsync();
        await Expect(analyst.Locator("#explain")).ToBeVisibleAsync();
        await audit.CheckAsync(analyst, who, "tasking, a place explained", reflow: true);

        // A place suppressed and one added: the list and the adjustments' message.
        IAPIResponse response = await analyst.APIRequest.GetAsync($"api/tasking?force={Force}");
        JsonElement places = (await response.JsonAsync())!.Value.GetProperty("result").GetProperty("places"); // an OK answer has a body
        await AdjustAsync(analyst, places[1].GetProperty("cell").GetString()!, "suppress", "building site, no public access");
        await AdjustAsync(analyst, "52.5600,-1.4700", "add", "local intelligence: groups gathering after school");
        await DemoData.TaskingListShownAsync(analyst);
        await DemoData.AdjustmentsShownAsync(analyst);
        await audit.CheckAsync(analyst, who, "tasking after adding and suppressing places");

        await analyst.Locator("#publish-form input[name=Note]").FillAsync("accessibility test");
        await analyst.Locator("#publish").ClickAsync();
        await Expect(analyst).ToHaveURLAsync(new Regex(@"/briefing\?id=\d+$"));
        long publication = long.Parse(new Uri(analyst.Url).Query["?id=".Length..], CultureInfo.InvariantCulture);
        await audit.CheckAsync(analyst, who, "briefing", reflow: true);
        await analyst.GotoAsync("briefing");
        await audit.CheckAsync(analyst, who, "briefing list");
        await analyst.GotoAsync($"dosage?id={publication}");
        await audit.CheckAsync(analyst, who, "dosage");

        await analyst.GotoAsync("forecasting");
        await audit.CheckAsync(analyst, who, "forecasting");
        await analyst.GotoAsync($"forecasting?run={backtest}");
        await Expect(analyst.Locator("#report svg").First).ToBeVisibleAsync();
        await audit.CheckAsync(analyst, who, "forecasting, a backtest's report", reflow: true);

        await analyst.GotoAsync("coverage");
        await audit.CheckAsync(analyst, who, "coverage", reflow: true);
        await StopSearchPagesAsync(analyst, audit, who);
        await analyst.GotoAsync("stop-search/section60/record");
        await Expect(analyst.Locator("#s60-draw .leaflet-pane").First).ToBeAttachedAsync();
        await audit.CheckAsync(analyst, who, "Section 60, record an authorisation");
        await analyst.Locator("#record").ClickAsync();
        await audit.CheckAsync(analyst, who, "Section 60, an authorisation refused", reflow: true);

        await analyst.GotoAsync("import");
        await audit.CheckAsync(analyst, who, "import");
        await ImportWithRejectsAsync(analyst);
        await audit.CheckAsync(analyst, who, "import report with rejected rows", reflow: true);

        await PasswordPagesAsync(analyst, audit, who);
        return publication;
    }

    private static async Task AdjustAsync(IPage analyst, string cell, string action, string reason)
    {
        ILocator form = analyst.Locator("#adjust-form");
        await form.Locator("input[name=Cell]").FillAsync(cell);
        await form.Locator("select[name=Action]").SelectOptionAsync(action);
        await form.Locator("input[name=Reason]").FillAsync(reason);
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(analyst.Locator(".notice[role=status]")).ToBeVisibleAsync();
    }

    /// <summary>A street file of a month of Gwent with two rows that cannot be read: imported with its rejects listed.</summary>
    private static async Task ImportWithRejectsAsync(IPage analyst)
    {
        string dir = Directory.CreateTempSubdirectory("lantern-a11y-import-").FullName;
        try
        {
            string file = Path.Combine(dir, "2024-07-gwent-street.csv");
            await File.WriteAllTextAsync(file,
                """
                Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context
                aa01,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,
                aa02,2024-07,Gwent Police,Gwent Police,-2.998,north,On or near High Street,W01001680,Newport 007E,Robbery,,
                aa03,2024-13,Gwent Police,Gwent Police,-2.998,51.589,On or near High Street,W01001680,Newport 007E,Robbery,,

                """);
            await analyst.Locator("#upload").SetInputFilesAsync(file);
            await analyst.Locator("#import").ClickAsync();
            await Expect(analyst.Locator("#rejects tbody tr")).ToHaveCountAsync(2);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task StopSearchPagesAsync(IPage page, AccessibilityAudit audit, string who)
    {
        const string Period = "force=" + Force + "&from=2026-05&to=2026-10";
        await page.GotoAsync("stop-search?" + Period);
        await Expect(page.Locator("#headline")).ToBeVisibleAsync();
        await audit.CheckAsync(page, who, "stop and search", reflow: true);
        var tabs = new[]
        {
            ("boroughs", "boroughs"), ("veil", "veil of darkness"), ("bwv", "body-worn video"), ("places", "tasked places"),
        };
        foreach ((string path, string name) in tabs)
        {
            await page.GotoAsync($"stop-search/{path}?{Period}");
            await audit.CheckAsync(page, who, "stop and search, " + name);
        }

        await page.GotoAsync("stop-search/section60");
        await audit.CheckAsync(page, who, "Section 60 register");
        await page.Locator("#register a").First.ClickAsync();
        await Expect(page.Locator("#s60-map .leaflet-overlay-pane path")).ToHaveCountAsync(1);
        await audit.CheckAsync(page, who, "Section 60, an authorisation", reflow: true);
    }

    /// <summary>The password page, and its error when the current password is wrong.</summary>
    private static async Task PasswordPagesAsync(IPage page, AccessibilityAudit audit, string who)
    {
        await page.GotoAsync("account/password");
        await audit.CheckAsync(page, who, "change password");
        await page.Locator("input[name=currentPassword]").FillAsync("not-the-password");
        await page.Locator("input[name=newPassword]").FillAsync("a-new-password-2026");
        await page.Locator("input[name=repeatPassword]").FillAsync("a-new-password-2026");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Change password" }).ClickAsync();
        await Expect(page.Locator(".error")).ToBeVisibleAsync();
        await audit.CheckAsync(page, who, "change password refused", reflow: true);
    }

    /// <summary>The officer on a phone (arrived, left, a visit entered afterwards) and at a desk.</summary>
    private static async Task OfficerAsync(BrowserRun run, AccessibilityAudit audit)
    {
        IPage phone = await run.PhoneAsync(testScripts: true);
        const string who = "officer on a phone";
        await LoginPage.SignInAsync(phone, "officer", WebHost.Password, touch: true);
        await Expect(phone).ToHaveURLAsync(new Regex("/patrol$"));
        await audit.CheckAsync(phone, who, "patrol");
        await phone.Locator("#patrol-list li a").First.TapAsync();
        await audit.CheckAsync(phone, who, "patrol place");
        await phone.Locator("#arrived").TapAsync();
        await Expect(phone.Locator("#message")).ToBeVisibleAsync();
        await audit.CheckAsync(phone, who, "patrol place, arrived");
        await phone.Locator("#left").TapAsync();
        await Expect(phone.Locator("#left")).ToBeDisabledAsync();
        await phone.GetByText("Enter a visit afterwards").TapAsync();
        await audit.CheckAsync(phone, who, "patrol place, left, entering a visit");
        await phone.GotoAsync("admin/accounts");
        await Expect(phone).ToHaveURLAsync(new Regex("/denied"));
        await audit.CheckAsync(phone, who, "not allowed");
        await PasswordPagesAsync(phone, audit, who);

        IPage desk = await run.DesktopAsync(testScripts: true);
        await LoginPage.SignInAsync(desk, "officer", WebHost.Password);
        await audit.CheckAsync(desk, "officer", "patrol", reflow: true);
        await desk.Locator("#patrol-list li a").First.ClickAsync();
        await audit.CheckAsync(desk, "officer", "patrol place with visits", reflow: true);
    }

    private static async Task SupervisorAsync(BrowserRun run, AccessibilityAudit audit, long publication)
    {
        IPage desk = await run.DesktopAsync(testScripts: true);
        await LoginPage.SignInAsync(desk, "supervisor", WebHost.Password);
        await DemoData.TaskingListShownAsync(desk);
        await DemoData.AdjustmentsShownAsync(desk);
        await audit.CheckAsync(desk, "supervisor", "tasking");
        await desk.GotoAsync("patrol");
        await audit.CheckAsync(desk, "supervisor", "patrol");

        IPage phone = await run.PhoneAsync(testScripts: true);
        const string who = "supervisor on a phone";
        await LoginPage.SignInAsync(phone, "supervisor", WebHost.Password, touch: true);
        await DemoData.TaskingListShownAsync(phone);
        await DemoData.AdjustmentsShownAsync(phone);
        await audit.CheckAsync(phone, who, "tasking");
        await phone.GotoAsync($"briefing?id={publication}");
        await audit.CheckAsync(phone, who, "briefing");
        await phone.GotoAsync($"dosage?id={publication}");
        await audit.CheckAsync(phone, who, "dosage");
        await phone.GotoAsync("patrol");
        await audit.CheckAsync(phone, who, "patrol");
        await phone.Locator("#patrol-list li a").First.TapAsync();
        await audit.CheckAsync(phone, who, "patrol place");
    }

    /// <summary>
    /// Public protection: the justification asked for, the list with its fairness report, a person. Returns the person's id.
    /// </summary>
    private static async Task<string> PublicProtectionAsync(BrowserRun run, AccessibilityAudit audit)
    {
        const string who = "public protection";
        IPage page = await run.DesktopAsync(testScripts: true);
        await LoginPage.SignInAsync(page, "public-protection", WebHost.Password);
        await page.GotoAsync("offenders");
        await audit.CheckAsync(page, who, "offenders, before a justification");
        await page.Locator("#justify input[name='justification']").FillAsync("Monthly V100 review, DA strategy board");
        await page.Locator("#justify button").ClickAsync();
        await Expect(page.Locator("#offenders tbody tr").First).ToBeVisibleAsync();
        await audit.CheckAsync(page, who, "offenders", reflow: true);
        ILocator first = page.Locator("#offenders tbody button").First;
        string person = await first.InnerTextAsync();
        await first.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(person);
        await audit.CheckAsync(page, who, "offender", reflow: true);
        return person;
    }

    private static async Task AdministratorAsync(BrowserRun run, AccessibilityAudit audit, string person)
    {
        const string who = "administrator";
        IPage page = await run.DesktopAsync(testScripts: true);
        await LoginPage.SignInAsync(page, "administrator", WebHost.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/accounts$"));
        await audit.CheckAsync(page, who, "accounts", reflow: true);

        // Someone guesses the scrutiny account's password from a browser it never used: the page shows the lock and an
        // Unlock button, which lifts it.
        IPage stranger = await run.DesktopAsync();
        for (int i = 0; i < 5; i++)
        {
            IAPIResponse refused = await stranger.APIRequest.PostAsync("api/session", new() { DataObject = new { userName = "scrutiny", password = "a-wrong-guess" } });
            Assert.Equal(401, refused.Status);
        }

        await page.ReloadAsync();
        ILocator scrutiny = page.Locator("#accounts tbody tr", new PageLocatorOptions { Has = page.Locator("td:first-child", new PageLocatorOptions { HasTextRegex = new Regex("^scrutiny$") }) });
        await Expect(scrutiny).ToContainTextAsync("for browsers it has not signed in from");
        await audit.CheckAsync(page, who, "accounts with a locked account", reflow: true);
        await scrutiny.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Unlock scrutiny" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Unlocked");
        await Expect(scrutiny.Locator("td").Nth(4)).ToHaveTextAsync(new Regex(@"^\s*active\s*$"));
        await page.GotoAsync("admin/audit");
        await audit.CheckAsync(page, who, "audit log");
        await page.Locator("input[name=actor]").FillAsync("analyst");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("#audit tbody tr").First).ToBeVisibleAsync();
        await audit.CheckAsync(page, who, "audit log searched", reflow: true);
        await page.GotoAsync("admin/subject-access");
        await audit.CheckAsync(page, who, "subject access");
        await page.Locator("#request input[name=id]").FillAsync(person);
        await page.Locator("#request input[name=justification]").FillAsync("SAR 2026/114");
        await page.Locator("#request button").ClickAsync();
        await Expect(page.Locator("#records")).ToBeVisibleAsync();
        await audit.CheckAsync(page, who, "subject access answered", reflow: true);
        await page.GotoAsync("coverage");
        await audit.CheckAsync(page, who, "coverage");
        await StopSearchPagesAsync(page, audit, who);
    }

    private static async Task ScrutinyAsync(BrowserRun run, AccessibilityAudit audit)
    {
        const string who = "scrutiny panel";
        IPage page = await run.DesktopAsync(testScripts: true);
        await LoginPage.SignInAsync(page, "scrutiny", WebHost.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/stop-search/scrutiny$"));
        await audit.CheckAsync(page, who, "scrutiny report", reflow: true);
        await page.GotoAsync("stop-search");
        await Expect(page).ToHaveURLAsync(new Regex("/denied"));
        await audit.CheckAsync(page, who, "not allowed");
    }
}
