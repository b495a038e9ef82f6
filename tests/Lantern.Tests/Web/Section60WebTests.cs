using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Data.Store;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>
/// The Section 60 register on the web: analysts and supervisors record, extend and withdraw; everyone who sees aggregates
/// reads it, administrators with small numbers withheld (scrutiny panels see the Section 60 part of their monthly report
/// only); no search is ever listed; every change audited with the client.
/// </summary>
public sealed class Section60WebTests(WebHost host) : IClassFixture<WebHost>
{
    // A square of central Newport, and six s.60 searches in it on the evening of 20 July 2024 (five no further action, one arrest).
    private static readonly JsonElement s_square = JsonDocument.Parse(
        """{"type":"Polygon","coordinates":[[[-3.007,51.583],[-2.987,51.583],[-2.987,51.593],[-3.007,51.593],[-3.007,51.583]]]}""").RootElement;

    [Fact]
    public async Task Api_RecordExtendRead_AdministratorSeesSmallNumbersWithheld()
    {
        ImportSearches();
        HttpClient analyst = await host.ApiClientAsync("analyst");
        HttpResponseMessage created = await analyst.PostAsJsonAsync("api/stop-search/section60", Body("WEB-1"));
        string text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        JsonElement a = JsonDocument.Parse(text).RootElement;
        long id = a.GetProperty("id").GetInt64();
        Assert.Equal(($"/api/stop-search/section60/{id}", "WEB-1", "statutory", "MultiPolygon"),
            (created.Headers.Location?.OriginalString, a.GetProperty("reference").GetString(), a.GetProperty("rules").GetString(),
                a.GetProperty("area").GetProperty("type").GetString()));

        // Analysts see every breakdown row; an administrator (who sees aggregates, not person-level data) sees the total, but
        // not the arrest (1 search) nor, so that it cannot be worked out from the total, the no-further-action row (5).
        JsonElement full = await Show(analyst, id);
        Assert.Equal(6, full.GetProperty("result").GetProperty("section60").GetProperty("searches").GetInt64());
        Assert.All(Outcomes(full), o => Assert.False(o.GetProperty("suppressed").GetBoolean()));
        JsonElement withheld = await Show(await host.ApiClientAsync("administrator"), id);
        Assert.Equal(6, withheld.GetProperty("result").GetProperty("section60").GetProperty("searches").GetInt64());
        Assert.All(Outcomes(withheld), o => Assert.Equal((true, JsonValueKind.Null), (o.GetProperty("suppressed").GetBoolean(), o.GetProperty("rates").ValueKind)));
        Assert.DoesNotContain("searchedAt", withheld.ToString(), StringComparison.OrdinalIgnoreCase); // no search is listed

        HttpResponseMessage extended = await analyst.PostAsJsonAsync($"api/stop-search/section60/{id}/extension",
            new { by = "Supt Al Smith", rank = "superintendent", until = "2024-07-21T18:00", at = "2024-07-21T11:00" });
        Assert.True(extended.StatusCode == HttpStatusCode.OK, await extended.Content.ReadAsStringAsync());
        HttpResponseMessage again = await analyst.PostAsJsonAsync($"api/stop-search/section60/{id}/extension",
            new { by = "Supt Al Smith", rank = "superintendent", until = "2024-07-21T19:00", at = "2024-07-21T12:00" });
        JsonElement problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.StartsWith("It was already extended", problem.GetProperty("errors").GetProperty("until")[0].GetString(), StringComparison.Ordinal);

        using LanternStore store = LanternStore.Open(host.Database);
        Assert.Equal([("s60-authorise", "127.0.0.1"), ("s60-extend", "127.0.0.1")],
            AuditEntry.Search(store, "analyst", null, "WEB-1", null, null, 10).Select(e => (e.Action, e.Client)).Reverse());
    }

    [Fact]
    public async Task Api_BreakingTheRules_RefusedFieldByField_AndNothingStored()
    {
        HttpClient supervisor = await host.ApiClientAsync("supervisor");
        HttpResponseMessage r = await supervisor.PostAsJsonAsync("api/stop-search/section60",
            Body("WEB-2") with { Rank = "sergeant", End = "2024-07-21T20:00" });
        JsonElement problem = await r.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        JsonElement errors = problem.GetProperty("errors");
        Assert.Equal(["end", "rank"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("Authorised by a sergeant", errors.GetProperty("rank")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("It runs 26 h", errors.GetProperty("end")[0].GetString(), StringComparison.Ordinal);
        JsonElement list = await supervisor.GetFromJsonAsync<JsonElement>("api/stop-search/section60");
        Assert.DoesNotContain(list.EnumerateArray(), x => x.GetProperty("reference").GetString() == "WEB-2");
    }

    [Fact]
    public async Task Api_WhoMayDoWhat()
    {
        HttpClient scrutiny = await host.ApiClientAsync("scrutiny"), officer = await host.ApiClientAsync("officer"), admin = await host.ApiClientAsync("administrator");
        Assert.Equal(HttpStatusCode.Forbidden, (await scrutiny.PostAsJsonAsync("api/stop-search/section60", Body("WEB-3"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("api/stop-search/section60", Body("WEB-3"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("api/stop-search/section60")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await scrutiny.GetAsync("api/stop-search/section60")).StatusCode); // their report has it
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("api/stop-search/section60")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("api/stop-search/section60/999999")).StatusCode);
    }

    [Fact]
    public async Task Pages_RecordThroughTheForm_ThenReadIt_AndOthersHaveNoForms()
    {
        ImportSearches();
        HttpClient analyst = await host.ClientAsync("analyst");
        string form = await analyst.GetStringAsync("stop-search/section60/record");
        string token = Regex.Match(form, """name="__RequestVerificationToken" type="hidden" value="([^"]+)" """.TrimEnd()).Groups[1].Value;
        Assert.NotEmpty(token);

        // A refusal shows every problem and keeps what was typed.
        HttpResponseMessage refused = await analyst.PostAsync("stop-search/section60/record?handler=Add", Form(token, "WEB-4", rank: "sergeant"));
        string again = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<li data-field=\"rank\">Authorised by a sergeant", again, StringComparison.Ordinal);
        Assert.Contains("value=\"WEB-4\"", again, StringComparison.Ordinal);

        HttpResponseMessage recorded = await analyst.PostAsync("stop-search/section60/record?handler=Add", Form(token, "WEB-4"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        string location = recorded.Headers.Location!.OriginalString;
        Assert.StartsWith("/stop-search/section60?id=", location, StringComparison.Ordinal);
        string page = await analyst.GetStringAsync(location.TrimStart('/'));
        Assert.Contains("Recorded WEB-4.", page, StringComparison.Ordinal);
        Assert.Contains("6 s.60 searches under it", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Belief</dt><dd>serious violence may occur</dd>", page, StringComparison.Ordinal); // in the authorisation's words, not "may"
        Assert.Contains("id=\"extend-form\"", page, StringComparison.Ordinal);
        Assert.Contains("/assets/section60.js", page, StringComparison.Ordinal);

        HttpClient admin = await host.ClientAsync("administrator");
        string seen = await admin.GetStringAsync(location.TrimStart('/'));
        Assert.Contains("6 s.60 searches under it", seen, StringComparison.Ordinal);
        Assert.Contains("fewer than 5", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("extend-form", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("record-link", seen, StringComparison.Ordinal);
        HttpResponseMessage denied = await admin.GetAsync("stop-search/section60/record");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private void ImportSearches()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "2024-07-gwent-stop-and-search.csv");
        const string s60 = "Criminal Justice and Public Order Act 1994 (section 60),Anything to threaten or harm anyone";
        File.WriteAllLines(file,
        [
            "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity," +
                "Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing",
            .. Enumerable.Range(0, 5).Select(i => $"Person search,2024-07-20T{18 + i}:00:00+00:00,False,,51.588,-2.997,Male,18-24,,White,{s60},A no further action disposal,,"),
            $"Person search,2024-07-20T23:30:00+00:00,False,,51.588,-2.997,Male,18-24,,White,{s60},Arrest,,",
        ]);
        cli.RunOk("--db", host.Database, "import", file);
    }

    private static async Task<JsonElement> Show(HttpClient client, long id) =>
        JsonDocument.Parse(await client.GetStringAsync($"api/stop-search/section60/{id}")).RootElement;

    private static JsonElement.ArrayEnumerator Outcomes(JsonElement report) =>
        report.GetProperty("result").GetProperty("section60").GetProperty("breakdowns").GetProperty("outcome").EnumerateArray();

    private static AddBody Body(string reference) => new("gwent", reference, "Insp Jo Bloggs", "inspector", "Two groups have arranged to fight with knives",
        "may", "Newport city centre", s_square, null, "2024-07-20T18:00", "2024-07-21T12:00", null, null);

    private static MultipartFormDataContent Form(string token, string reference, string rank = "inspector") => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new StringContent("gwent"), "Form.Force" },
        { new StringContent(reference), "Form.Reference" },
        { new StringContent("Insp Jo Bloggs"), "Form.Officer" },
        { new StringContent(rank), "Form.Rank" },
        { new StringContent("may"), "Form.Belief" },
        { new StringContent("Two groups have arranged to fight with knives"), "Form.Grounds" },
        { new StringContent("2024-07-20T18:00"), "Form.Start" },
        { new StringContent("2024-07-21T12:00"), "Form.End" },
        { new StringContent(""), "Form.Rules" },
        { new StringContent("Newport city centre"), "Form.Locality" },
        { new StringContent(s_square.GetRawText()), "Form.AreaGeoJson" },
    };

    private sealed record AddBody(string Force, string Reference, string Officer, string Rank, string Grounds, string Belief, string Locality, JsonElement? Area,
        string? AreaCode, string Start, string End, string? Rules, string? CommunityNotified);
}
