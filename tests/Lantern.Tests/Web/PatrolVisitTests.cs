using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Lantern.Data.Store;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>
/// Officers' visits as patrol dosage counts them, found in review: a list published again strands no visit (a place's
/// visits that day count on every version of the day's list, and a visit opened on one version is closed from the next),
/// and a visit is checked before it counts: within the list's day, not overlapping the officer's own visits to the place,
/// not "arrived" twice.
/// </summary>
public sealed partial class PatrolVisitTests
{
    // Wed 1 July 2026, 10:00 BST: the list's day, in the morning.
    private static readonly DateTimeOffset s_morning = new(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);

    private const string CellA = "150m-E331050-N188100", CellB = "150m-E331200-N188100", CellC = "150m-E331350-N188100";

    [Fact]
    public Task Republishing_KeepsTheDaysVisitsOnEveryVersion_AndAnOpenVisitClosable_OnSqlite() => Republishing(postgres: false);

    [PostgresFact]
    public Task Republishing_KeepsTheDaysVisitsOnEveryVersion_AndAnOpenVisitClosable_OnPostgres() => Republishing(postgres: true);

    private static async Task Republishing(bool postgres)
    {
        var time = new FakeTime(s_morning);
        await using WebHost host = await WebHost.StartAsync(postgres, time);
        long v1 = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA, CellB);
        long tomorrow = Publish(host, s_morning, new DateOnly(2026, 7, 2), CellB); // another day's list: none of today's visits
        HttpClient officer = await host.ApiClientAsync("officer");

        // On the first version: a visit to A entered afterwards, and "arrived" at B (rank 2).
        await AssertOk(officer.PostAsJsonAsync("api/patrol/visits/entered", new { publication = v1, rank = 1, arrived = "2026-07-01T08:00", left = "2026-07-01T08:20" }));
        await AssertOk(officer.PostAsJsonAsync("api/patrol/visits", new { publication = v1, rank = 2, action = "arrived" }));

        // The supervisor publishes the day's list again: the same places in another order, and one more. Officers now see it.
        time.Now = s_morning.AddMinutes(5);
        long v2 = Publish(host, time.Now, new DateOnly(2026, 7, 1), CellB, CellC, CellA);
        Assert.Equal(v2, (await officer.GetFromJsonAsync<JsonElement>("api/patrol/today")).GetProperty("publication").GetProperty("id").GetInt64());

        // "Left" at B, now rank 1, is offered and closes the visit opened on the first version (it was refused: "tap 'arrived' first").
        string open = await officer.GetStringAsync($"patrol/place?publication={v2}&rank=1");
        Assert.Contains("<button type=\"submit\" name=\"action\" value=\"left\" id=\"left\">Left</button>", open, StringComparison.Ordinal);
        time.Now = s_morning.AddMinutes(15);
        await AssertOk(officer.PostAsJsonAsync("api/patrol/visits", new { publication = v2, rank = 1, action = "left" }));
        JsonElement today = await officer.GetFromJsonAsync<JsonElement>("api/patrol/today");
        Assert.Equal([CellA, CellB], today.GetProperty("myVisits").EnumerateArray().Select(v => v.GetProperty("cell").GetString()));

        // The same visit to A entered again, on the new version, is refused: it is the same place that day.
        HttpResponseMessage again = await officer.PostAsJsonAsync("api/patrol/visits/entered",
            new { publication = v2, rank = 3, arrived = "2026-07-01T08:00", left = "2026-07-01T08:20" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        // Each version's dosage counts the day's visits by place, whatever version or rank they were recorded on.
        HttpClient supervisor = await host.ApiClientAsync("supervisor");
        Assert.Equal([(CellB, 1, 0, 15.0), (CellC, 0, 0, 0.0), (CellA, 1, 0, 20.0)], await Dosage(supervisor, v2));
        Assert.Equal([(CellA, 1, 0, 20.0), (CellB, 1, 0, 15.0)], await Dosage(supervisor, v1));
        Assert.Equal([(CellB, 0, 0, 0.0)], await Dosage(supervisor, tomorrow));
        string dosage = await supervisor.GetStringAsync($"dosage?id={v2}");
        Assert.Contains("<td>1 (2)</td><td>15 (30)</td>", dosage, StringComparison.Ordinal); // B
        Assert.Contains("<td>1 (2)</td><td>20 (30)</td>", dosage, StringComparison.Ordinal); // A
        string page = await officer.GetStringAsync($"patrol/place?publication={v2}&rank=3");
        Assert.Contains("<li>08:00 – 08:20 (entered afterwards)</li>", page, StringComparison.Ordinal); // the visit to A, from the first version
        using LanternStore store = LanternStore.Open(host.Database);
        Assert.Equal(2, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM patrol_visit WHERE publication_id = @v1", new { v1 }));
    }

    [Theory]
    [InlineData("2026-06-29T10:00", "2026-06-29T10:20")] // two days before the list's day, before the list existed (the review's case)
    [InlineData("2026-06-30T23:50", "2026-07-01T00:10")] // begins the evening before the list's day
    [InlineData("2026-06-30T22:30Z", "2026-06-30T22:50Z")] // with an offset: 23:30 BST, the evening before on a UK clock
    [InlineData("2026-07-02T06:50", "2026-07-02T07:10")] // runs past 07:00 the next morning, when the early shift has the next day's list
    [InlineData("2026-07-02T08:00", "2026-07-02T08:20")] // the next day
    public async Task Enter_OutsideTheListsDay_IsRefused(string arrived, string left)
    {
        var time = new FakeTime(new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero)); // the next day, 10:00 BST
        await using WebHost host = await WebHost.StartAsync(false, time);
        long id = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA);
        HttpClient officer = await host.ApiClientAsync("officer");

        HttpResponseMessage r = await officer.PostAsJsonAsync("api/patrol/visits/entered", new { publication = id, rank = 1, arrived, left });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("a visit entered afterwards must lie within the list's day, Wed 1 Jul 2026 (UK time), or its night shift until 07:00 on Thu 2 Jul",
            await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, VisitCount(host, id));
    }

    [Theory]
    [InlineData("2026-07-01T00:00", "2026-07-01T00:15")] // from the first minute of the list's day
    [InlineData("2026-06-30T23:10Z", "2026-06-30T23:30Z")] // 30 June in UTC, but 00:10 on 1 July on a UK clock: the day is the UK's
    [InlineData("2026-07-01T23:50", "2026-07-02T00:10")] // across midnight
    [InlineData("2026-07-02T01:58", "2026-07-02T02:13")] // the night shift after midnight: a plan's "01:58 (after midnight)"
    [InlineData("2026-07-02T06:40", "2026-07-02T07:00")] // ends as the night shift does
    public async Task Enter_WithinTheListsDayOrItsNightShift_IsRecorded(string arrived, string left)
    {
        var time = new FakeTime(new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero)); // the next day, 10:00 BST
        await using WebHost host = await WebHost.StartAsync(false, time);
        long id = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA);
        HttpClient officer = await host.ApiClientAsync("officer");

        await AssertOk(officer.PostAsJsonAsync("api/patrol/visits/entered", new { publication = id, rank = 1, arrived, left }));
    }

    [Fact]
    public async Task Tap_ArrivedOnYesterdaysListAfterItsNightShift_IsRefused()
    {
        // A phone left on yesterday's place page: the tap would have counted on yesterday's dosage.
        var time = new FakeTime(new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero)); // 10:00 BST on 2 July
        await using WebHost host = await WebHost.StartAsync(false, time);
        long id = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA);
        HttpClient officer = await host.ApiClientAsync("officer");

        HttpResponseMessage r = await officer.PostAsJsonAsync("api/patrol/visits", new { publication = id, rank = 1, action = "arrived" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("this list is not for now", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("officer", "2026-07-01T09:00", "2026-07-01T09:20", false)] // the same visit posted twice
    [InlineData("officer", "2026-07-01T09:10", "2026-07-01T09:30", false)] // begins during it
    [InlineData("officer", "2026-07-01T08:50", "2026-07-01T09:10", false)] // ends during it
    [InlineData("officer", "2026-07-01T08:30", "2026-07-01T09:40", false)] // holds it
    [InlineData("officer", "2026-07-01T09:20", "2026-07-01T09:40", true)] // begins as it ends: another visit
    [InlineData("supervisor", "2026-07-01T09:00", "2026-07-01T09:20", true)] // another officer there at the same time: their own visit
    public async Task Enter_BesideTheOfficersVisitToThePlace_IsRefusedWhereItOverlaps(string user, string arrived, string left, bool recorded)
    {
        var time = new FakeTime(s_morning.AddHours(2)); // 12:00 BST
        await using WebHost host = await WebHost.StartAsync(false, time);
        long id = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA);
        HttpClient officer = await host.ApiClientAsync("officer");
        await AssertOk(officer.PostAsJsonAsync("api/patrol/visits/entered", new { publication = id, rank = 1, arrived = "2026-07-01T09:00", left = "2026-07-01T09:20" }));
        HttpClient second = user == "officer" ? officer : await host.ApiClientAsync(user);

        HttpResponseMessage r = await second.PostAsJsonAsync("api/patrol/visits/entered", new { publication = id, rank = 1, arrived, left });

        Assert.Equal(recorded ? HttpStatusCode.OK : HttpStatusCode.BadRequest, r.StatusCode);
        if (!recorded)
        {
            Assert.Contains("overlaps your visit to place 1 from 09:00 to 09:20: a visit is recorded once", await r.Content.ReadAsStringAsync(),
                StringComparison.Ordinal);
        }

        Assert.Equal(recorded ? 2 : 1, VisitCount(host, id));
    }

    [Fact]
    public async Task Enter_DuringTheOfficersOpenVisit_IsRefused()
    {
        var time = new FakeTime(s_morning); // 10:00 BST
        await using WebHost host = await WebHost.StartAsync(false, time);
        long id = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA);
        HttpClient officer = await host.ApiClientAsync("officer");
        await AssertOk(officer.PostAsJsonAsync("api/patrol/visits", new { publication = id, rank = 1, action = "arrived" }));
        time.Now = s_morning.AddHours(1);

        HttpResponseMessage during = await officer.PostAsJsonAsync("api/patrol/visits/entered",
            new { publication = id, rank = 1, arrived = "2026-07-01T10:30", left = "2026-07-01T10:50" });
        HttpResponseMessage before = await officer.PostAsJsonAsync("api/patrol/visits/entered",
            new { publication = id, rank = 1, arrived = "2026-07-01T09:00", left = "2026-07-01T09:20" }); // over before it began

        Assert.Equal(HttpStatusCode.BadRequest, during.StatusCode);
        Assert.Contains("from 10:00 to now (still open)", await during.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
    }

    [Fact]
    public async Task Tap_ArrivedTwiceOnThePage_IsRefusedWithTheOpenVisitsTime_AndLeavesOneVisitOpen()
    {
        // A double tap on a slow phone sends the form twice: it made two open visits, and "left" closed only one of them.
        var time = new FakeTime(s_morning);
        await using WebHost host = await WebHost.StartAsync(false, time);
        long id = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA);
        HttpClient officer = await host.ClientAsync("officer");
        string place = $"patrol/place?publication={id}&rank=1";
        string token = Token().Match(await officer.GetStringAsync(place)).Groups[1].Value;

        HttpResponseMessage first = await TapOnThePage(officer, id, token);
        time.Now = s_morning.AddMinutes(1);
        HttpResponseMessage second = await TapOnThePage(officer, id, token);
        string shown = await officer.GetStringAsync(second.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Arrived at place 1 at 10:00.", Uri.UnescapeDataString(first.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Contains("<p class=\"notice\" role=\"status\" id=\"message\">you are already at place 1: you arrived at 10:00; tap &#x27;left&#x27; when you go</p>",
            shown, StringComparison.Ordinal);
        Assert.Equal(1, VisitCount(host, id));
    }

    [Fact]
    public async Task TapApi_ArrivedTwice_IsAProblem()
    {
        await using WebHost host = await WebHost.StartAsync(false, new FakeTime(s_morning));
        long id = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA);
        HttpClient officer = await host.ApiClientAsync("officer");
        await AssertOk(officer.PostAsJsonAsync("api/patrol/visits", new { publication = id, rank = 1, action = "arrived" }));

        HttpResponseMessage r = await officer.PostAsJsonAsync("api/patrol/visits", new { publication = id, rank = 1, action = "arrived" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, VisitCount(host, id));
    }

    [Fact]
    public async Task OfficerWithNoForce_SeesNoForcesPlaces_AndIsToldToAskAnAdministrator()
    {
        // An officer's account made before a force was required (or by lantern users add without --force) saw the newest
        // list of the day of any force, and could record visits on it. A supervisor's account without one still may.
        await using WebHost host = await WebHost.StartAsync(false, new FakeTime(s_morning));
        long id = Publish(host, s_morning.AddHours(-2), new DateOnly(2026, 7, 1), CellA);
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            foreach ((string user, string role) in new[] { ("pc-unset", "officer"), ("insp-unset", "supervisor") })
            {
                Account.Create(store, user, user, Lantern.Web.Services.SignInService.Hash(WebHost.Password), [role], null, null, false, "test", s_morning);
            }
        }

        HttpClient officer = await host.ApiClientAsync("pc-unset");
        HttpResponseMessage today = await officer.GetAsync("api/patrol/today");
        string page = await officer.GetStringAsync("patrol");
        string place = await officer.GetStringAsync($"patrol/place?publication={id}&rank=1");
        HttpResponseMessage entered = await officer.PostAsJsonAsync("api/patrol/visits/entered",
            new { publication = id, rank = 1, arrived = "2026-07-01T08:00", left = "2026-07-01T08:20" });
        HttpResponseMessage supervisor = await (await host.ApiClientAsync("insp-unset")).GetAsync("api/patrol/today");

        Assert.Equal(HttpStatusCode.NotFound, today.StatusCode);
        Assert.Contains("ask an administrator to set your force", await today.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<p class=\"warning\" id=\"no-force\">Your account has no force set", page, StringComparison.Ordinal);
        Assert.DoesNotContain("patrol-list", page, StringComparison.Ordinal);
        Assert.Contains("Place not found", place, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, entered.StatusCode);
        Assert.Equal(0, VisitCount(host, id));
        Assert.Equal(HttpStatusCode.OK, supervisor.StatusCode);
    }

    // The day's list for the force of the test accounts, one place a cell, ranked in the order given.
    private static long Publish(WebHost host, DateTimeOffset at, DateOnly day, params string[] cells)
    {
        using LanternStore store = LanternStore.Open(host.Database);
        long run = AnalysisRun.Record(store, "tasking", "lantern-demo", "analyst", "test", at, "{}", "{}", "{}");
        return TaskingPublication.Publish(store, "lantern-demo", day, run, 150, "inspector", at, "{}", null,
            [.. cells.Select((cell, i) => new PublishedPlace(0, i + 1, cell, 2207 + i, 1254, 331125, 188175, 51.588, -2.997, null, 10, 3, 2, 15, "", "test"))]).Id;
    }

    private static async Task<List<(string Cell, int Visits, int Open, double Minutes)>> Dosage(HttpClient client, long id) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"api/tasking/publications/{id}")).GetProperty("dosage").EnumerateArray()
            .Select(d => (d.GetProperty("cell").GetString()!, d.GetProperty("visits").GetInt32(), d.GetProperty("openVisits").GetInt32(),
                d.GetProperty("minutes").GetDouble()))];

    private static long VisitCount(WebHost host, long id)
    {
        using LanternStore store = LanternStore.Open(host.Database);
        return store.Connection.ExecuteScalar<long>("SELECT count(*) FROM patrol_visit WHERE publication_id = @id", new { id });
    }

    private static async Task AssertOk(Task<HttpResponseMessage> request)
    {
        HttpResponseMessage r = await request;
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    private static Task<HttpResponseMessage> TapOnThePage(HttpClient officer, long id, string token) =>
        officer.PostAsync("patrol/place?handler=Tap", new FormUrlEncodedContent([new("publication", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("rank", "1"), new("action", "arrived"), new("__RequestVerificationToken", token)]));

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex Token();
}
