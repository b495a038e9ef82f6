using System.Net.Http.Json;
using System.Security.Claims;
using Lantern.Data.Store;
using Lantern.Tests.Cli;
using Lantern.Web.Pages.Patrol;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Tests.Web;

/// <summary>
/// The pages of a published tasking as their readers see them: the briefing and the dosage before anything is published
/// or for a number that does not exist, and every page naming a place by its area (officers know neighbourhoods, not grid
/// cells) with harm in its unit and the time of publishing in UK time.
/// </summary>
public sealed class PublishedTaskingPagesTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task BriefingAndDosage_WithNothingPublished_SayHowAListIsPublished()
    {
        // The briefing said "No such publication. Published taskings:" over an empty list; the dosage offered an empty
        // choice and a button.
        HttpClient supervisor = await host.ClientAsync("supervisor");

        string briefing = await supervisor.GetStringAsync("briefing");
        string dosage = await supervisor.GetStringAsync("dosage");

        foreach (string page in new[] { briefing, dosage })
        {
            Assert.Contains("id=\"none-published\"", page, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/tasking\">Tasking</a>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("No such publication", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<select", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Patrol_OfAnOfficerWhoseAreaIsABorough_ListsThePlacesInIt()
    {
        // A place is named by its LSOA: an officer whose area was a borough saw none, as places were matched by code.
        await using WebHost web = await WebHost.StartAsync(_ => { });
        using (var cli = new CliRun())
        {
            string file = Path.Combine(cli.Directory, "borough.geojson");
            File.WriteAllText(file, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"LAD22CD":"W06000022","LAD22NM":"Newport"},
                 "geometry":{"type":"Polygon","coordinates":[[[-3.05,51.55],[-2.90,51.55],[-2.90,51.62],[-3.05,51.62],[-3.05,51.55]]]}}]}
                """);
            cli.RunOk("--db", web.Database, "areas", "import", file, "--level", "borough", "--code-property", "LAD22CD", "--name-property", "LAD22NM");
        }

        DateOnly today = Lantern.Core.Time.UkTime.DateOf(DateTimeOffset.UtcNow);
        using (LanternStore store = LanternStore.Open(web.Database))
        {
            AccountService.Create(store, new AccountForm("pc-newport", "PC Newport", WebHost.Password, ["officer"], "lantern-demo", "W06000022"), "test",
                DateTimeOffset.UtcNow, null);
            long run = AnalysisRun.Record(store, "tasking", "lantern-demo", "analyst", "test", DateTimeOffset.UtcNow, "{}", "{}", "{}");
            TaskingPublication.Publish(store, "lantern-demo", today, run, 150, "inspector", DateTimeOffset.UtcNow, "{}", null,
                [
                    new PublishedPlace(0, 1, "150m-E331050-N188100", 2207, 1254, 331125, 188175, 51.588, -2.997, "W01001500", 1234.6, 3, 2, 15, "", "in Newport"),
                    new PublishedPlace(0, 2, "150m-E270000-N190000", 1800, 1266, 270075, 190075, 51.6, -3.9, "W01000900", 10, 1, 1, 15, "", "in Swansea"),
                ]);
        }

        string patrol = await (await web.ClientAsync("pc-newport")).GetStringAsync("patrol");

        Assert.Contains("150m-E331050-N188100", patrol, StringComparison.Ordinal);
        Assert.DoesNotContain("150m-E270000-N190000", patrol, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedPlaces_AreNamedByTheirArea_WithHarmInItsUnit_AndTimesInUkTime()
    {
        await using WebHost web = await WebHost.StartAsync(_ => { });
        using (var cli = new CliRun())
        {
            string file = Path.Combine(cli.Directory, "lsoa.geojson");
            File.WriteAllText(file, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"LSOA21CD":"W01001500","LSOA21NM":"Newport 015A"},
                 "geometry":{"type":"Polygon","coordinates":[[[-3.007,51.583],[-2.987,51.583],[-2.987,51.593],[-3.007,51.593],[-3.007,51.583]]]}}]}
                """);
            cli.RunOk("--db", web.Database, "areas", "import", file, "--level", "lsoa");
        }

        long id;
        // Published in summer, at 07:30 UTC: 08:30 on a UK clock.
        var at = new DateTimeOffset(2026, 7, 1, 7, 30, 0, TimeSpan.Zero);
        DateOnly today = Lantern.Core.Time.UkTime.DateOf(DateTimeOffset.UtcNow); // the officer's list is the UK day's
        using (LanternStore store = LanternStore.Open(web.Database))
        {
            long run = AnalysisRun.Record(store, "tasking", "lantern-demo", "analyst", "test", at, "{}", "{}", "{}");
            id = TaskingPublication.Publish(store, "lantern-demo", today, run, 150, "inspector", at,
                """{"harmTable":{"name":"Cambridge Crime Harm Index","unit":"days"}}""", null,
                [
                    new PublishedPlace(0, 1, "150m-E331050-N188100", 2207, 1254, 331125, 188175, 51.588, -2.997, "W01001500", 1234.6, 3, 2, 15, "12:00,18:00", "test"),
                    new PublishedPlace(0, 2, "150m-E331200-N188100", 2208, 1254, 331275, 188175, 51.588, -2.995, null, 10, 1, 1, 15, "", "test"),
                ]).Id;
        }

        HttpClient supervisor = await web.ClientAsync("supervisor");
        HttpClient officer = await web.ClientAsync("officer");
        string briefing = await supervisor.GetStringAsync($"briefing?id={id}");
        string dosage = await supervisor.GetStringAsync($"dosage?id={id}");
        string patrol = await officer.GetStringAsync("patrol");
        string place = await officer.GetStringAsync($"patrol/place?publication={id}&rank=1");
        string unnamed = await officer.GetStringAsync($"patrol/place?publication={id}&rank=2");
        string missing = await supervisor.GetStringAsync("briefing?id=99999");

        Assert.Contains("<td>Newport 015A (W01001500)</td>", briefing, StringComparison.Ordinal);
        // The map of the places (briefing.js), over the boundaries that hold them: the "map + table + patrol plan".
        Assert.Contains("data-places=\"[{&quot;rank&quot;:1,&quot;lat&quot;:51.588,&quot;lon&quot;:-2.997},{&quot;rank&quot;:2,", briefing, StringComparison.Ordinal);
        Assert.Contains("data-base-level=\"lsoa\"", briefing, StringComparison.Ordinal);
        Assert.Contains("<th>Harm (days)</th>", briefing, StringComparison.Ordinal);
        Assert.Contains("<td>1,235</td>", briefing, StringComparison.Ordinal);
        Assert.Contains("at 2026-07-01 08:30 BST", briefing, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-07-01T07:30", briefing, StringComparison.Ordinal);
        Assert.Contains("<td>Newport 015A (W01001500)</td>", dosage, StringComparison.Ordinal);
        Assert.Contains("at 2026-07-01 08:30 BST", dosage, StringComparison.Ordinal);
        Assert.Contains("<td>short by 2 visits</td>", dosage, StringComparison.Ordinal); // in words, not only in red
        Assert.Contains("<td>short by 1 visit</td>", dosage, StringComparison.Ordinal);
        Assert.Contains("<strong>1. Newport 015A (W01001500)</strong>", patrol, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cell\">150m-E331050-N188100</span>", patrol, StringComparison.Ordinal);
        Assert.Contains("<strong>2. 150m-E331200-N188100</strong>", patrol, StringComparison.Ordinal); // no area: its cell
        Assert.Contains("<h1>1. Newport 015A (W01001500)</h1>", place, StringComparison.Ordinal);
        Assert.Contains("<h1>2. 150m-E331200-N188100</h1>", unnamed, StringComparison.Ordinal);
        Assert.Contains("There is no published tasking number 99999.", missing, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/briefing?id={id}\">Lantern Demo Constabulary, {today:yyyy-MM-dd}, version 1</a>", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patrol_JustAfterMidnightInSummer_ShowsTheUkDaysList()
    {
        // 00:30 BST on 2 July is 23:30 UTC on 1 July: the officer's "today" was the UTC date, so the night shift's list
        // for 2 July stayed out of sight until 01:00 and the day before's was shown instead.
        var now = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero);
        await using WebHost web = await WebHost.StartAsync(_ => { });
        PublishFirstAndSecondOfJuly(web, now);

        var officer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "officer")], "test"));
        var page = new PatrolIndexModel(web.Services.GetRequiredService<StoreAccess>(), new FakeTime(now))
        {
            PageContext = new PageContext { HttpContext = new DefaultHttpContext { User = officer } },
        };
        page.OnGet();

        Assert.Equal("2026-07-02", page.Today?.Publication.Day);
    }

    [Fact]
    public async Task PatrolApi_JustAfterMidnightInSummer_TakesTheUkDay()
    {
        // The page took the UK day; the API its script and other clients call still took the UTC date.
        var now = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero); // 00:30 BST on 2 July
        await using WebHost web = await WebHost.StartAsync(_ => { }, time: new FakeTime(now));
        PublishFirstAndSecondOfJuly(web, now);

        HttpClient officer = await web.ClientAsync("officer");
        System.Text.Json.JsonElement today = await officer.GetFromJsonAsync<System.Text.Json.JsonElement>("api/patrol/today");
        Assert.Equal("2026-07-02", today.GetProperty("publication").GetProperty("day").GetString());
    }

    [Theory]
    [InlineData("2026-07-31T22:10:00Z", "2026-07-31", "23:10")] // BST: the same UK day
    [InlineData("2026-08-01T00:58:00Z", "2026-07-31", "01:58 (Sat 1 Aug)")] // a night shift's visit after midnight
    [InlineData("2026-12-01T00:30:00Z", null, "00:30")] // no day known: the clock alone
    public void AVisitsTime_SaysItsDay_WhenItIsNotTheTaskingsOwn(string stored, string? day, string shown) =>
        Assert.Equal(shown, Lantern.Web.Pages.ShownTime.Clock(stored, day));

    [Theory]
    [InlineData(3, 15, "22:17,23:59,01:58", "3 × 15 min at 22:17, 23:59, 01:58 (after midnight)")] // a night shift's window
    [InlineData(2, 15, "23:10,00:05", "2 × 15 min at 23:10, 00:05 (after midnight)")]
    [InlineData(3, 15, "09:12,11:40,14:03", "3 × 15 min at 09:12, 11:40, 14:03")]
    [InlineData(1, 15, "", "1 × 15 min")] // month-only data: no hours are invented
    public void APatrolPlan_MarksTheTimesAfterMidnight(long visits, long minutes, string times, string shown) =>
        Assert.Equal(shown, Lantern.Web.Pages.ShownTime.Plan(visits, minutes, times));

    // A list published for 1 July and another for 2 July, each of one place.
    private static void PublishFirstAndSecondOfJuly(WebHost web, DateTimeOffset now)
    {
        using LanternStore store = LanternStore.Open(web.Database);
        long run = AnalysisRun.Record(store, "tasking", "lantern-demo", "analyst", "test", now, "{}", "{}", "{}");
        foreach ((int day, string cell) in new[] { (1, "150m-E331050-N188100"), (2, "150m-E331200-N188100") })
        {
            TaskingPublication.Publish(store, "lantern-demo", new DateOnly(2026, 7, day), run, 150, "inspector", now, "{}", null,
                [new PublishedPlace(0, 1, cell, 2207, 1254, 331125, 188175, 51.588, -2.997, null, 10, 3, 2, 15, "", "test")]);
        }
    }
}
