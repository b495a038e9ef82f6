using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lantern.Analysis;
using Lantern.Data.Formats.Population;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Tests.Web;

/// <summary>
/// The offender pages: only public protection sees them; nothing person-level is shown without a justification; each
/// view, decision and export is audited with it; the export is a marked disclosure; subject access is the administrator's.
/// </summary>
public sealed class OffenderWebTests(WebHost host) : IClassFixture<WebHost>, IAsyncLifetime
{
    private const string Header = "Person ID,Crime reference,Date,Offence code,Crime type,Role,Domestic,Victim ID,Outcome,Wanted,Sex,Age band,Ethnicity";

    public Task InitializeAsync()
    {
        using LanternStore store = LanternStore.Open(host.Database);
        if (OffenderStore.Counts(store).People == 0)
        {
            string file = Path.Combine(Path.GetTempPath(), $"offenders-{Guid.NewGuid():N}.csv");
            File.WriteAllLines(file, [Header,
                "P1,R1,2026-09-01,019/07,,suspect,Y,P2,Under investigation,N,male,25-34,White",
                "P2,R1,2026-09-01,019/07,,victim,Y,,Under investigation,N,female,25-34,White",
                "P3,R3,2026-10-01,020/01,,suspect,N,P4,,Y,male,18-24,Black"]);
            Assert.NotNull(OffenderStore.ImportFile(store, file, "test", DateTimeOffset.UtcNow, null).Result);
            File.Delete(file);
            OffenderRun.Score(store, new OffenderScoreRequest { AsOf = "2026-10-31", By = "test", Justification = "test set-up" }, DateTimeOffset.UtcNow, null);
        }

        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task List_OnlyWithAJustification_ThenAudited_WithTheFairnessReportBesideIt()
    {
        using HttpClient client = await host.ClientAsync("public-protection");
        string bare = await client.GetStringAsync("offenders");
        Assert.Contains("id=\"justify\"", bare, StringComparison.Ordinal);
        Assert.DoesNotContain("P1", WithoutTokens(bare), StringComparison.Ordinal); // nothing person-level before a justification

        string list = await PostPageAsync(client, "offenders", "offenders", [new("justification", "weekly DA review")]);
        Assert.Contains("<button type=\"submit\" name=\"id\" value=\"P1\" class=\"link\">P1</button>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("?id=", list, StringComparison.Ordinal); // no link names a person in its address
        Assert.DoesNotContain("justification=", list, StringComparison.Ordinal);
        Assert.Contains("id=\"fairness\"", list, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL-SENSITIVE", list, StringComparison.Ordinal);
        Assert.Contains("weekly DA review", Audit("offender-list"), StringComparison.Ordinal);

        string refused = await PostPageAsync(client, "offenders", "offenders", [new("justification", "x")]);
        Assert.Contains("a justification is required", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddressesWithAPersonOrAJustification_ShowNothing()
    {
        // The old links' form: an address that names a person or a justification shows nothing person-level and logs no view.
        using HttpClient client = await host.ClientAsync("public-protection");
        string list = await client.GetStringAsync("offenders?justification=" + Uri.EscapeDataString("weekly DA review"));
        Assert.DoesNotContain("P1", WithoutTokens(list), StringComparison.Ordinal);
        Assert.DoesNotContain("weekly DA review", list, StringComparison.Ordinal);
        using HttpResponseMessage person = await client.GetAsync("offenders/person?id=P1&justification=" + Uri.EscapeDataString("weekly DA review"));
        Assert.Equal(HttpStatusCode.Redirect, person.StatusCode);
        Assert.Equal("/offenders", person.Headers.Location!.ToString());

        using HttpClient admin = await host.ClientAsync("administrator");
        string access = await admin.GetStringAsync("admin/subject-access?id=P1&justification=" + Uri.EscapeDataString("SAR by address"));
        Assert.DoesNotContain("id=\"records\"", access, StringComparison.Ordinal);
        Assert.DoesNotContain("SAR by address", Audit("offender-subject-access"), StringComparison.Ordinal);

        using HttpClient api = await host.ApiClientAsync("public-protection");
        foreach (string url in (string[])["api/offenders?justification=why", "api/offenders/P1?justification=why"])
        {
            using HttpResponseMessage r = await api.GetAsync(url);
            Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
        }
    }

    [RealDataFact]
    public async Task List_AgainstTheChosenAreasCensusResidents_NamesTheTableAndArea_Audited()
    {
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            string path = RealData.Path("population", "census2011-ethnic-group-by-police-force.csv");
            byte[] bytes = File.ReadAllBytes(path);
            using var stream = new MemoryStream(bytes);
            PopulationStore.Import(store, PopulationFileReader.Read(stream, path, PopulationFileReader.Census2011), bytes, "test", TimeProvider.System);
        }

        using HttpClient client = await host.ClientAsync("public-protection");
        string chooser = await client.GetStringAsync("offenders");
        Assert.Contains("<option value=\"gwent\">Gwent Police (force)</option>", chooser, StringComparison.Ordinal); // the areas held, before any person-level data

        string page = await PostPageAsync(client, "offenders", "offenders", [new("area", "gwent"), new("justification", "weekly DA review")]);
        Assert.Contains("Area benchmark: Census 2011 ethnic group, Gwent Police (force gwent); Census 2011, as imported; asked for.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"census\"", page, StringComparison.Ordinal);
        Assert.Contains("sex: not compared with the area", page, StringComparison.Ordinal);
        Assert.Contains("Gwent Police (force gwent)", Audit("offender-list"), StringComparison.Ordinal);

        string none = await PostPageAsync(client, "offenders", "offenders", [new("area", "none"), new("justification", "weekly DA review")]);
        Assert.Contains("No area benchmark (--area none).", none, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"census\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonLevelResponses_NotStoredByTheBrowser()
    {
        using HttpClient protection = await host.ClientAsync("public-protection");
        using HttpClient api = await host.ApiClientAsync("public-protection");
        using HttpClient admin = await host.ClientAsync("administrator");
        using HttpClient adminApi = await host.ApiClientAsync("administrator");
        const string why = "weekly DA review";
        string token = await TokenAsync(protection, "offenders");
        string adminToken = await TokenAsync(admin, "admin/subject-access");
        foreach ((HttpClient client, string url, HttpContent body) in ((HttpClient, string, HttpContent)[])[
            (protection, "offenders", Form(token, [new("justification", why)])),
            (protection, "offenders/person", Form(token, [new("id", "P1"), new("justification", why)])),
            (api, "api/offenders/list", JsonContent.Create(new { justification = why })),
            (api, "api/offenders/person/view", JsonContent.Create(new { id = "P1", justification = why })),
            (admin, "admin/subject-access", Form(adminToken, [new("id", "P1"), new("justification", why)])),
            (adminApi, "api/admin/subject-access", JsonContent.Create(new { id = "P1", justification = why }))])
        {
            using HttpResponseMessage r = await client.PostAsync(url, body);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.True(r.Headers.CacheControl?.NoStore, url);
            Assert.Equal("no-referrer", r.Headers.GetValues("Referrer-Policy").Single()); // nothing of the page's address leaves with a link
            body.Dispose();
        }
    }

    [Fact]
    public async Task OtherRoles_Refused()
    {
        foreach (string role in (string[])["analyst", "supervisor", "officer", "scrutiny", "administrator"])
        {
            using HttpClient client = await host.ClientAsync(role);
            using HttpResponseMessage r = await client.GetAsync("offenders/person");
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Contains("/denied", r.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Person_ExplainedThenReviewed_Audited_NeverNamedInAnAddress()
    {
        using HttpClient client = await host.ClientAsync("public-protection");
        string page = await PostPageAsync(client, "offenders", "offenders/person", [new("id", "P1"), new("justification", "weekly DA review")]);
        Assert.Contains("P1 is ranked 1 of 2", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>P1", page, StringComparison.Ordinal); // history keeps titles too
        string token = Regex.Match(page, """name="__RequestVerificationToken" type="hidden" value="([^"]+)" """.TrimEnd()).Groups[1].Value;
        using var form = Form(token, [new("id", "P1"), new("justification", "weekly DA review"), new("decision", "defer"),
            new("reason", "Await the charging decision")]);
        using HttpResponseMessage posted = await client.PostAsync("offenders/person?handler=Review", form);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode); // rendered, not redirected to an address that names the person
        string reviewed = await posted.Content.ReadAsStringAsync();
        Assert.Contains("Recorded: defer.", reviewed, StringComparison.Ordinal);
        Assert.Contains("Await the charging decision", reviewed, StringComparison.Ordinal);
        Assert.Contains("weekly DA review", Audit("offender-review"), StringComparison.Ordinal);
        Assert.Contains("P1 weekly DA review", Audit("offender-explain"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_RendersTheNewRunsList_WithoutARedirect()
    {
        using HttpClient client = await host.ClientAsync("public-protection");
        string page = await PostPageAsync(client, "offenders", "offenders?handler=Score", [new("justification", "monthly rescoring")]);
        Assert.Matches("Scored: run [0-9]+\\.", page);
        Assert.Contains("value=\"P1\"", page, StringComparison.Ordinal);
        Assert.Contains("monthly rescoring", Audit("offender-score"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_MarkedAndLoggedAsADisclosure_ThenSeenInSubjectAccess()
    {
        using HttpClient client = await host.ClientAsync("public-protection");
        string token = await TokenAsync(client, "offenders");
        using var form = Form(token, [new("justification", "MARAC referral"), new("recipient", "MARAC chair")]);
        using HttpResponseMessage r = await client.PostAsync("offenders?handler=Export", form);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.StartsWith("# OFFICIAL-SENSITIVE", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("MARAC chair", Audit("offender-export"), StringComparison.Ordinal);

        using HttpClient admin = await host.ClientAsync("administrator");
        string access = await PostPageAsync(admin, "admin/subject-access", "admin/subject-access", [new("id", "P1"), new("justification", "SAR 2026/114")]);
        Assert.Contains("to MARAC chair", access, StringComparison.Ordinal);
        Assert.Contains("SAR 2026/114", Audit("offender-subject-access"), StringComparison.Ordinal);
    }

    [Fact]
    public void RetentionService_RunsTheRetentionRun()
    {
        RetentionRun.Outcome? o = host.Services.GetRequiredService<RetentionService>().RunOnce();
        Assert.NotNull(o);
        Assert.Equal(0, o.Erased); // the records are recent
    }

    [Fact]
    public async Task Api_JustifiedAndAudited_RefusedWithoutJustification()
    {
        using HttpClient client = await host.ApiClientAsync("public-protection");
        using HttpResponseMessage bare = await client.PostAsync("api/offenders/list", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("a justification is required", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using HttpResponseMessage nobody = await client.PostAsync("api/offenders/person/view", JsonContent.Create(new { justification = "API weekly review" }));
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Contains("a person id is required", await nobody.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using HttpResponseMessage list = await client.PostAsync("api/offenders/list", JsonContent.Create(new { justification = "API weekly review" }));
        Assert.Contains("\"personId\": \"P1\"", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("API weekly review", Audit("offender-list"), StringComparison.Ordinal);
        using HttpResponseMessage explained = await client.PostAsync("api/offenders/person/view", JsonContent.Create(new { id = "P1", justification = "API weekly review" }));
        Assert.Contains("P1 is ranked 1", await explained.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using HttpResponseMessage review = await client.PostAsync("api/offenders/person/review", JsonContent.Create(
            new { id = "P3", decision = "defer", reason = "Await arrest", justification = "API weekly review" }));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        using HttpResponseMessage export = await client.PostAsync("api/offenders/export", JsonContent.Create(
            new { recipient = "Probation", justification = "MAPPA referral" }));
        Assert.StartsWith("# OFFICIAL-SENSITIVE", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Probation", Audit("offender-export"), StringComparison.Ordinal);

        using HttpClient admin = await host.ApiClientAsync("administrator");
        using HttpResponseMessage access = await admin.PostAsync("api/admin/subject-access", JsonContent.Create(new { id = "P3", justification = "SAR 2026/200" }));
        Assert.Contains("Probation", await access.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreApi_ScoresAsThePageDoes_JustifiedAndAudited_OnlyForPublicProtection()
    {
        // The page scores the imported records; the API had no way to.
        using HttpClient client = await host.ApiClientAsync("public-protection");
        long before = LatestRun();

        using HttpResponseMessage bare = await client.PostAsync("api/offenders/score", JsonContent.Create(new { asOf = "2026-10-31" }));
        using HttpResponseMessage noToken = await (await host.ClientAsync("public-protection")).PostAsync("api/offenders/score",
            JsonContent.Create(new { justification = "API monthly rescoring" }));
        using HttpResponseMessage analyst = await (await host.ApiClientAsync("analyst")).PostAsync("api/offenders/score",
            JsonContent.Create(new { justification = "API monthly rescoring" }));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("a justification is required", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, analyst.StatusCode);
        Assert.Equal(before, LatestRun()); // nothing scored

        using HttpResponseMessage scored = await client.PostAsync("api/offenders/score",
            JsonContent.Create(new { justification = "API monthly rescoring", asOf = "2026-10-31" }));
        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        using var answer = System.Text.Json.JsonDocument.Parse(await scored.Content.ReadAsStringAsync());
        System.Text.Json.JsonElement run = answer.RootElement.GetProperty("run");
        Assert.Equal(LatestRun(), run.GetProperty("id").GetInt64());
        Assert.True(LatestRun() > before);
        Assert.Equal("2026-10-31", run.GetProperty("asOf").GetString());
        Assert.Equal("P1", answer.RootElement.GetProperty("list")[0].GetProperty("personId").GetString());
        Assert.Equal(OffenderStore.Marking, answer.RootElement.GetProperty("marking").GetString());
        Assert.True(answer.RootElement.TryGetProperty("fairness", out _));
        Assert.True(answer.RootElement.TryGetProperty("managed", out _));
        Assert.Contains($"offender run {LatestRun()} API monthly rescoring", Audit("offender-score"), StringComparison.Ordinal);
    }

    private long LatestRun()
    {
        using LanternStore store = LanternStore.Open(host.Database);
        return OffenderStore.LatestRun(store)!.Id; // set up scores the records first
    }

    [Fact]
    public async Task Export_ARecipientThatWouldAddALineToTheFile_IsRefused()
    {
        using HttpClient client = await host.ApiClientAsync("public-protection");
        // The recipient is written into the file's marking line: a line break would start a row of the sender's choosing.
        using HttpResponseMessage export = await client.PostAsync("api/offenders/export", JsonContent.Create(
            new { recipient = "Probation\n=HYPERLINK(\"http://example.invalid/\",\"open\")", justification = "MAPPA referral" }));

        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Contains("Recipient", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the field, as the page names it
    }

    [Fact]
    public async Task ServersRequestLog_NamesNoPersonAndNoJustification()
    {
        // What a proxy or access log keeps is the method and address: the whole journey, pages and API, leaves neither in it.
        using HttpClient client = await host.ClientAsync("public-protection");
        using HttpClient api = await host.ApiClientAsync("public-protection");
        int before = host.Requests.Lines.Count;
        const string why = "Gang panel 7 March";
        await PostPageAsync(client, "offenders", "offenders", [new("justification", why)]);
        await PostPageAsync(client, "offenders", "offenders/person", [new("id", "P3"), new("justification", why)]);
        using HttpResponseMessage view = await api.PostAsync("api/offenders/person/view", JsonContent.Create(new { id = "P3", justification = why }));
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        string[] logged = [.. host.Requests.Lines.Skip(before)];
        Assert.Contains(logged, l => l.Contains("POST http://", StringComparison.Ordinal) && l.Contains("/offenders/person - ", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Contains("/api/offenders/person/view - ", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, l => l.Contains("P3", StringComparison.Ordinal) || l.Contains("Gang", StringComparison.Ordinal));
    }

    // A form post as the page makes it: the antiforgery token read from the page at tokenFrom, then the fields in the body.
    private static async Task<string> PostPageAsync(HttpClient client, string tokenFrom, string url, KeyValuePair<string, string>[] fields)
    {
        using FormUrlEncodedContent form = Form(await TokenAsync(client, tokenFrom), fields);
        using HttpResponseMessage r = await client.PostAsync(url, form);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadAsStringAsync();
    }

    private static Task<string> TokenAsync(HttpClient client, string page) => WebHost.FormTokenAsync(client, page);

    private static FormUrlEncodedContent Form(string token, KeyValuePair<string, string>[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields]);

    private string Audit(string action)
    {
        using LanternStore store = LanternStore.Open(host.Database);
        return string.Join('\n', AuditEntry.Search(store, null, action, null, null, null, 50).Select(e => $"{e.Subject} {e.Justification} {e.Detail}"));
    }

    // The page without its anti-forgery tokens: random text, which may hold "P1" by chance.
    private static string WithoutTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<input[^>]*__RequestVerificationToken[^>]*>|<meta name=\"csrf-token\"[^>]*>", string.Empty);
}
