using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Tests;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue #3's journey in a real browser, on real data: an analyst imports a month of data.police.uk street crimes
/// through the import page, sees the tasking map draw the places the API lists, and publishes them; an administrator
/// gives an officer the force; the officer, on a phone, chooses their own password, records one visit with "arrived"
/// and "left" and enters another afterwards; the dosage page shows both against the plan; a supervisor checks the day on a phone. Every page is saved
/// as a screenshot. The list is for the server's today (the date the tasking page offers), which is what the officer's
/// patrol page shows.
/// </summary>
public sealed class PatrolJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // A small single-month street file of one force (about 630 rows): the journey is about the pages, not the volume.
    private const string Month = "2021-12";
    private const string Force = "city-of-london";
    private const string Officer = "officer.city";

    // The visit entered afterwards: whole minutes, as the form takes them.
    private const int EnteredMinutes = 25;

    private static string DataFile => RealData.Path("police", Month, $"{Month}-{Force}-street.csv");

    [BrowserFact(NeedsRealData = true)]
    public Task ImportTaskingPublishPatrolDosage_InTheBrowser_ShowTheSamePlacesAndVisitsThroughout() => browser.RunAsync("journey", async run =>
    {
        IPage analyst = await run.DesktopAsync();
        await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
        await Expect(analyst).ToHaveURLAsync(new Regex("/tasking$"));
        await Expect(analyst.Locator("#no-data")).ToContainTextAsync("no crimes yet");
        await Expect(analyst.Locator("#map")).ToHaveCountAsync(0);
        await run.ShotAsync(analyst, "tasking-before-any-data");

        await ImportAsync(run, analyst);
        IReadOnlyList<ApiPlace> places = await ShowTaskingAsync(run, analyst);
        long publication = await PublishAsync(run, analyst, places);

        IPage admin = await run.DesktopAsync();
        await GiveAnOfficerTheForceAsync(run, admin);

        IPage phone = await run.PhoneAsync();
        await PatrolAsync(run, phone, places);

        await CheckDosageAsync(run, analyst, publication, places);

        IPage supervisor = await run.PhoneAsync();
        await SuperviseOnAPhoneAsync(run, supervisor, publication, places);
    });

    private static async Task ImportAsync(BrowserRun run, IPage analyst)
    {
        await FollowMenuAsync(analyst, "Import");
        await Expect(analyst).ToHaveURLAsync(new Regex("/import$"));
        await run.ShotAsync(analyst, "import");

        await analyst.Locator("#upload").SetInputFilesAsync(DataFile);
        await analyst.Locator("#import").ClickAsync();

        // Counted here apart from Lantern's reader: one crime a line after the header, none of them bad.
        long rows = File.ReadLines(DataFile).Count() - 1;
        string n = rows.ToString("N0", CultureInfo.InvariantCulture);
        ILocator report = analyst.Locator("#report li");
        await Expect(report).ToHaveCountAsync(1);
        await Expect(report).ToHaveTextAsync($"upload:{Path.GetFileName(DataFile)}: street, {Force}: read {n}, imported {n}, already present 0, rejected 0");
        await Expect(analyst.Locator("#rejects")).ToHaveCountAsync(0);
        await run.ShotAsync(analyst, "import-report");

        // The coverage page counts from the store what the import wrote.
        await FollowMenuAsync(analyst, "Coverage");
        ILocator series = analyst.Locator("#coverage tbody tr");
        await Expect(series).ToHaveCountAsync(1);
        // Rows without a location (blank longitude and latitude, the 5th and 6th fields), counted here too.
        string unlocated = File.ReadLines(DataFile).Skip(1).Select(l => l.Split(','))
            .Count(f => f.Length > 5 && f[4].Length == 0 && f[5].Length == 0).ToString("N0", CultureInfo.InvariantCulture);
        await Expect(series.Locator("td")).ToHaveTextAsync([Force, "street", Month, Month, n, unlocated, "none", "-"]);
        await run.ShotAsync(analyst, "coverage");
    }

    /// <summary>Chooses the force on the tasking page and checks the map and the table against the JSON API.</summary>
    private static async Task<IReadOnlyList<ApiPlace>> ShowTaskingAsync(BrowserRun run, IPage analyst)
    {
        await FollowMenuAsync(analyst, "Tasking");
        await analyst.Locator("#filters select[name=force]").SelectOptionAsync(Force);
        // The date the page offers is the server's today: after the imported month, so the month is in the look-back.
        string date = await analyst.Locator("#filters input[name=date]").InputValueAsync();
        Assert.True(string.CompareOrdinal(date, Month) > 0, $"the tasking date {date} is not after {Month}");
        await analyst.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show", Exact = true }).ClickAsync();
        await Expect(analyst).ToHaveURLAsync(new Regex($@"/tasking\?force={Force}&date={date}&"));

        ILocator status = analyst.Locator("#status");
        await Expect(analyst.Locator("#status[data-places], #status[data-error]")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 60_000 });
        Assert.Null(await status.GetAttributeAsync("data-error"));

        // The same filters through the API, signed in as the same person (the page's cookies).
        IAPIResponse response = await analyst.APIRequest.GetAsync($"api/tasking?force={Force}&date={date}");
        Assert.True(response.Ok, $"GET /api/tasking: {response.Status}");
        JsonElement json = (await response.JsonAsync())!.Value;
        // The look-back period ends with the imported month, the only one there is.
        Assert.Contains($"..{Month} (1 of ", json.GetProperty("result").GetProperty("lookBack").GetString(), StringComparison.Ordinal);
        Assert.Equal($"street {Month}", json.GetProperty("inputs").GetProperty("monthsBySource").GetString());
        var places = json.GetProperty("result").GetProperty("places").EnumerateArray().Select(ApiPlace.From).ToList();
        Assert.InRange(places.Count, 2, 20); // the default top 20; the journey visits two

        Assert.Equal(places.Count.ToString(CultureInfo.InvariantCulture), await status.GetAttributeAsync("data-places"));
        // Every place is drawn as one cell on the map, inside the part of the map on screen (the map fits them).
        Assert.Equal(places.Count, await analyst.Locator("#map .leaflet-overlay-pane path.place-cell").CountAsync());
        Assert.Equal(places.Count, await analyst.EvaluateAsync<int>(
            """
            () => {
                const map = document.getElementById('map').getBoundingClientRect();
                return [...document.querySelectorAll('#map .leaflet-overlay-pane path.place-cell')]
                    .map(p => p.getBoundingClientRect())
                    .filter(r => r.width > 0 && r.height > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom)
                    .length;
            }
            """));
        // The table lists them in the API's order.
        IReadOnlyList<string> rows = await analyst.Locator("#places tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.Equal(places.Select(p => p.Cell), rows.Select(r => r.Split(" · ")[^1]));
        await run.ShotAsync(analyst, "tasking");

        // A click on a place on the map, or on a row of the table, explains the place where it can be seen. (The map
        // first: a row's click moves the map to its place.)
        ILocator explained = analyst.Locator("#explain h2");
        await analyst.Locator("#map path.place-cell").Nth(1).ClickAsync(); // drawn in rank order
        await Expect(explained).ToHaveTextAsync($"#2 {places[1].Cell}");
        await Expect(explained).ToBeInViewportAsync();
        await analyst.Locator("#places tbody tr").Last.ClickAsync();
        await Expect(explained).ToHaveTextAsync($"#{places[^1].Rank} {places[^1].Cell}");
        await Expect(explained).ToBeInViewportAsync();
        // No area (none named); harm as a whole number of the harm table's unit, as in the table's heading.
        await Expect(analyst.Locator("#explain p").Nth(1)).ToHaveTextAsync(new Regex("^harm [0-9,]+ days · [0-9]+ crimes$"));
        await Expect(analyst.Locator("#harm-heading")).ToHaveTextAsync("Harm (days)");
        // From the keyboard too: Tab reaches a place's name (a button), Enter explains it.
        await analyst.Locator("#places tbody tr button").First.FocusAsync();
        await analyst.Keyboard.PressAsync("Enter");
        await Expect(explained).ToHaveTextAsync($"#1 {places[0].Cell}");
        await run.ShotAsync(analyst, "tasking-explained");
        return places;
    }

    private static async Task<long> PublishAsync(BrowserRun run, IPage analyst, IReadOnlyList<ApiPlace> places)
    {
        await analyst.Locator("#publish-form input[name=Note]").FillAsync("browser test");
        await analyst.Locator("#publish").ClickAsync();
        await Expect(analyst).ToHaveURLAsync(new Regex(@"/briefing\?id=\d+$"));
        long id = long.Parse(new Uri(analyst.Url).Query["?id=".Length..], CultureInfo.InvariantCulture);

        // Headed as a sergeant names the force and the day, not by the slug and ISO date.
        await Expect(analyst.Locator("h1")).ToContainTextAsync(
            $"Patrol briefing: City of London Police, {Lantern.Core.Time.UkTime.DateOf(DateTimeOffset.UtcNow).ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}");
        IReadOnlyList<string> cells = await analyst.Locator(".briefing tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.Equal(places.Select(p => p.Cell), cells.Select(c => c.Split('\n')[0].Trim()));
        await run.ShotAsync(analyst, "briefing");
        // Handed out at the start of a shift: the day's list prints on one A4 sheet (it took three).
        byte[] printed = await analyst.PdfAsync(new PagePdfOptions
        {
            PreferCSSPageSize = true, Path = Path.Combine(Artefacts.Screenshots, "journey-briefing.pdf"), PrintBackground = true,
        });
        Assert.Equal(1, Regex.Count(System.Text.Encoding.Latin1.GetString(printed), @"/Type\s*/Page[^s]"));
        return id;
    }

    /// <summary>The accounts made for the tests have no real force: an administrator makes an officer for this one.</summary>
    private static async Task GiveAnOfficerTheForceAsync(BrowserRun run, IPage admin)
    {
        await LoginPage.SignInAsync(admin, "administrator", WebHost.Password);
        await Expect(admin).ToHaveURLAsync(new Regex("/admin/accounts$"));
        ILocator form = admin.Locator("form.card", new PageLocatorOptions { HasText = "New account" });
        await form.Locator("input[name=userName]").FillAsync(Officer);
        await form.Locator("input[name=displayName]").FillAsync("PC City");
        await form.Locator("input[name=password]").FillAsync(WebHost.Password);
        await form.Locator("input[name=roles][value=officer]").CheckAsync();
        await form.Locator("input[name=force]").FillAsync(Force);
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Create" }).ClickAsync();
        await Expect(admin.Locator(".notice")).ToHaveTextAsync($"Created {Officer}.");
        await Expect(admin.Locator("#accounts tbody tr", new PageLocatorOptions { HasText = Officer }).Locator("td").Nth(3)).ToHaveTextAsync(Force);
        await run.ShotAsync(admin, "accounts");
    }

    /// <summary>The officer, on a phone: today's list, one visit tapped in, one entered afterwards.</summary>
    private static async Task PatrolAsync(BrowserRun run, IPage phone, IReadOnlyList<ApiPlace> places)
    {
        await phone.GotoAsync("login");
        await run.ShotAsync(phone, "phone-login");
        await LoginPage.SubmitAsync(phone, Officer, WebHost.Password, touch: true);
        // The administrator chose this password, so the officer chooses their own before anything else.
        await Expect(phone).ToHaveURLAsync(new Regex("/account/password"));
        await Expect(phone.Locator(".notice")).ToContainTextAsync("set by an administrator");
        await AssertFitsThePhoneAsync(phone);
        await run.ShotAsync(phone, "phone-password");
        await phone.Locator("input[name=currentPassword]").FillAsync(WebHost.Password);
        await phone.Locator("input[name=newPassword]").FillAsync("officers-own-2026");
        await phone.Locator("input[name=repeatPassword]").FillAsync("officers-own-2026");
        await phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Change password" }).TapAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/patrol$"));
        ILocator items = phone.Locator("#patrol-list li");
        await Expect(items.Locator("strong")).ToHaveTextAsync([.. places.Select(p => $"{p.Rank}. {p.Cell}")]);
        await AssertFitsThePhoneAsync(phone);
        await run.ShotAsync(phone, "patrol-list");

        // Place 1: "arrived", then "left".
        await items.Nth(0).Locator("a").TapAsync();
        await Expect(phone.Locator("h1")).ToHaveTextAsync($"1. {places[0].Cell}");
        await AssertFitsThePhoneAsync(phone);
        await Expect(phone.Locator("#no-visits")).ToContainTextAsync("None yet");
        await run.ShotAsync(phone, "place");
        await phone.Locator("#arrived").TapAsync();
        await Expect(phone.Locator("#message")).ToContainTextAsync("Arrived at place 1");
        await Expect(phone.Locator("#no-visits")).ToHaveCountAsync(0);
        await Expect(phone.Locator("#arrived")).ToBeDisabledAsync();
        await Expect(phone.Locator("#my-visits li")).ToHaveTextAsync([new Regex("– open$")]);
        await run.ShotAsync(phone, "place-arrived");
        await phone.Locator("#left").TapAsync();
        await Expect(phone.Locator("#message")).ToContainTextAsync("Left place 1");
        await Expect(phone.Locator("#left")).ToBeDisabledAsync();
        await Expect(phone.Locator("#my-visits li")).ToHaveTextAsync([new Regex(@"^\d\d:\d\d – \d\d:\d\d$")]);
        await run.ShotAsync(phone, "place-left");

        // Back on the list, the visit shows; place 2: a visit entered afterwards.
        await phone.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Back to today's list" }).TapAsync();
        await Expect(items.Nth(0).Locator(".visits")).ToHaveTextAsync("your visits today: 1");
        await items.Nth(1).Locator("a").TapAsync();
        await phone.GetByText("Enter a visit afterwards").TapAsync();
        // The officer types the times as their phone's clock shows them: UK time.
        // A visit entered afterwards must lie within the list's day: in its first minutes there are not yet 25 of them
        // behind, so the officer waits for them (at most 26 minutes, once in a run that starts just after midnight).
        DateTime now = UkTime.ToLocal(DateTimeOffset.UtcNow);
        TimeSpan wait = now.Date.AddMinutes(EnteredMinutes + 1) - now;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        DateTime left = UkTime.ToLocal(DateTimeOffset.UtcNow.AddMinutes(-1));
        DateTime arrived = left.AddMinutes(-EnteredMinutes);
        await phone.GetByLabel("Arrived (UK time)").FillAsync(arrived.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await phone.GetByLabel("Left (UK time)").FillAsync(left.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await AssertFitsThePhoneAsync(phone);
        await run.ShotAsync(phone, "place-enter-visit");
        await phone.Locator("#enter").TapAsync();
        await Expect(phone.Locator("#message")).ToHaveTextAsync($"Visit to place 2 recorded: {EnteredMinutes} minutes.");
        await Expect(phone.Locator("#my-visits li")).ToHaveTextAsync([new Regex(@"\(entered afterwards\)$")]);
        await run.ShotAsync(phone, "place-visit-entered");
    }

    private async Task CheckDosageAsync(BrowserRun run, IPage analyst, long publication, IReadOnlyList<ApiPlace> places)
    {
        await FollowMenuAsync(analyst, "Dosage");
        await Expect(analyst.Locator("select[name=id]")).ToHaveValueAsync(publication.ToString(CultureInfo.InvariantCulture));

        // The tapped visit lasted however long the taps took: its minutes come from the times the store holds.
        double tapped;
        using (LanternStore store = LanternStore.Open(browser.Host.Database))
        {
            (string arrivedAt, string leftAt) = store.Connection.QuerySingle<(string, string)>(
                "SELECT arrived_at, left_at FROM patrol_visit WHERE publication_id = @publication AND rank = 1", new { publication });
            tapped = (DateTimeOffset.Parse(leftAt, CultureInfo.InvariantCulture) - DateTimeOffset.Parse(arrivedAt, CultureInfo.InvariantCulture)).TotalMinutes;
        }

        var expected = places.Select(p => new List<string>
        {
            p.Rank.ToString(CultureInfo.InvariantCulture),
            p.Cell,
            $"{(p.Rank <= 2 ? 1 : 0)} ({p.PlannedVisits})",
            // The page shows minutes rounded to 0.1 then to a whole number.
            $"{(p.Rank == 1 ? Math.Round(tapped, 1) : p.Rank == 2 ? EnteredMinutes : 0).ToString("F0", CultureInfo.InvariantCulture)} ({p.PlannedVisits * p.VisitMinutes})",
        }).ToList();
        ILocator rows = analyst.Locator("#dosage tbody tr");
        await Expect(rows).ToHaveCountAsync(places.Count);
        for (int i = 0; i < places.Count; i++)
        {
            IReadOnlyList<string> cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            Assert.Equal(expected[i], new List<string> { cells[0], cells[1], cells[3], cells[4] });
        }

        await run.ShotAsync(analyst, "dosage");
    }

    /// <summary>A supervisor checks the day on a phone: the tasking map, the briefing and the dosage fit its screen.</summary>
    private static async Task SuperviseOnAPhoneAsync(BrowserRun run, IPage phone, long publication, IReadOnlyList<ApiPlace> places)
    {
        string count = places.Count.ToString(CultureInfo.InvariantCulture);
        await LoginPage.SignInAsync(phone, "supervisor", WebHost.Password, touch: true);
        await Expect(phone).ToHaveURLAsync(new Regex("/tasking$"));
        await Expect(phone.Locator("#status")).ToHaveAttributeAsync("data-places", count);
        await AssertFitsThePhoneAsync(phone);
        await run.ShotAsync(phone, "phone-tasking");

        await phone.GotoAsync($"briefing?id={publication}");
        await Expect(phone.Locator(".briefing tbody tr")).ToHaveCountAsync(places.Count);
        await AssertFitsThePhoneAsync(phone);
        await run.ShotAsync(phone, "phone-briefing");

        await phone.GotoAsync($"dosage?id={publication}");
        await Expect(phone.Locator("#dosage tbody tr")).ToHaveCountAsync(places.Count);
        await AssertFitsThePhoneAsync(phone);
        await run.ShotAsync(phone, "phone-dosage");
    }

    private static Task FollowMenuAsync(IPage page, string item) =>
        page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = item, Exact = true }).ClickAsync();

    /// <summary>
    /// Nothing on the page reaches past the right edge of the phone's screen: no sideways scrolling, and nothing cut off
    /// inside a box that scrolls (the map's own panes excepted: a map is bigger than its window).
    /// </summary>
    private static async Task AssertFitsThePhoneAsync(IPage page)
    {
        string[] over = await page.EvaluateAsync<string[]>(
            """
            () => {
                const width = document.documentElement.clientWidth;
                return [...document.body.querySelectorAll('*')]
                    .filter(e => !e.closest('.leaflet-container') && e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 0.5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + e.textContent.trim().slice(0, 40) + '" reaches ' +
                        Math.round(e.getBoundingClientRect().right) + ' px');
            }
            """);
        Assert.True(over.Length == 0, $"{page.Url} is wider than the phone's screen ({await page.EvaluateAsync<int>("() => document.documentElement.clientWidth")} px):\n" +
            string.Join('\n', over.Take(5)));
    }

    /// <summary>A place as GET /api/tasking lists it, with its patrol plan.</summary>
    private sealed record ApiPlace(long Rank, string Cell, long PlannedVisits, long VisitMinutes)
    {
        public static ApiPlace From(JsonElement p)
        {
            JsonElement patrol = p.GetProperty("patrol");
            return new ApiPlace(p.GetProperty("rank").GetInt64(), p.GetProperty("cell").GetString()!, // the API always names the cell
                patrol.GetProperty("visits").GetInt64(), patrol.GetProperty("minutes").GetInt64());
        }
    }
}
