using System.Net;
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
        Assert.DoesNotContain("P1", bare, StringComparison.Ordinal); // nothing person-level before a justification

        string list = await client.GetStringAsync("offenders?justification=" + Uri.EscapeDataString("weekly DA review"));
        Assert.Contains(">P1</a>", list, StringComparison.Ordinal);
        Assert.Contains("id=\"fairness\"", list, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL-SENSITIVE", list, StringComparison.Ordinal);
        Assert.Contains("weekly DA review", Audit("offender-list"), StringComparison.Ordinal);

        string refused = await client.GetStringAsync("offenders?justification=x");
        Assert.Contains("a justification is required", refused, StringComparison.Ordinal);
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

        string page = await client.GetStringAsync("offenders?area=gwent&justification=" + Uri.EscapeDataString("weekly DA review"));
        Assert.Contains("Area benchmark: Census 2011 ethnic group, Gwent Police (force gwent); Census 2011, as imported; asked for.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"census\"", page, StringComparison.Ordinal);
        Assert.Contains("sex: not compared with the area", page, StringComparison.Ordinal);
        Assert.Contains("Gwent Police (force gwent)", Audit("offender-list"), StringComparison.Ordinal);

        string none = await client.GetStringAsync("offenders?area=none&justification=" + Uri.EscapeDataString("weekly DA review"));
        Assert.Contains("No area benchmark (--area none).", none, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"census\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonLevelResponses_NotStoredByTheBrowser()
    {
        using HttpClient protection = await host.ClientAsync("public-protection");
        using HttpClient admin = await host.ClientAsync("administrator");
        string why = Uri.EscapeDataString("weekly DA review");
        foreach ((HttpClient client, string url) in ((HttpClient, string)[])[(protection, "offenders?justification=" + why),
            (protection, "offenders/person?id=P1&justification=" + why), (protection, "api/offenders?justification=" + why),
            (protection, "api/offenders/P1?justification=" + why), (admin, "admin/subject-access?id=P1&justification=" + why),
            (admin, "api/admin/subject-access/P1?justification=" + why)])
        {
            using HttpResponseMessage r = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.True(r.Headers.CacheControl?.NoStore, url);
        }
    }

    [Fact]
    public async Task OtherRoles_Refused()
    {
        foreach (string role in (string[])["analyst", "supervisor", "officer", "scrutiny", "administrator"])
        {
            using HttpClient client = await host.ClientAsync(role);
            using HttpResponseMessage r = await client.GetAsync("offenders/person?id=P1&justification=curious");
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Contains("/denied", r.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Person_ExplainedThenReviewed_Audited()
    {
        using HttpClient client = await host.ClientAsync("public-protection");
        string page = await client.GetStringAsync("offenders/person?id=P1&justification=" + Uri.EscapeDataString("weekly DA review"));
        Assert.Contains("P1 is ranked 1 of 2", page, StringComparison.Ordinal);
        string token = Regex.Match(page, """name="__RequestVerificationToken" type="hidden" value="([^"]+)" """.TrimEnd()).Groups[1].Value;
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("id", "P1"), new("justification", "weekly DA review"),
            new("decision", "defer"), new("reason", "Await the charging decision")]);
        using HttpResponseMessage posted = await client.PostAsync("offenders/person?handler=Review", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Await the charging decision", await client.GetStringAsync(posted.Headers.Location!.ToString().TrimStart('/')), StringComparison.Ordinal);
        Assert.Contains("weekly DA review", Audit("offender-review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_MarkedAndLoggedAsADisclosure_ThenSeenInSubjectAccess()
    {
        using HttpClient client = await host.ClientAsync("public-protection");
        string page = await client.GetStringAsync("offenders?justification=" + Uri.EscapeDataString("MARAC referral"));
        string token = Regex.Match(page, """name="__RequestVerificationToken" type="hidden" value="([^"]+)" """.TrimEnd()).Groups[1].Value;
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("justification", "MARAC referral"), new("recipient", "MARAC chair")]);
        using HttpResponseMessage r = await client.PostAsync("offenders?handler=Export", form);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.StartsWith("# OFFICIAL-SENSITIVE", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("MARAC chair", Audit("offender-export"), StringComparison.Ordinal);

        using HttpClient admin = await host.ClientAsync("administrator");
        string access = await admin.GetStringAsync("admin/subject-access?id=P1&justification=" + Uri.EscapeDataString("SAR 2026/114"));
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
        using HttpResponseMessage bare = await client.GetAsync("api/offenders");
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("a justification is required", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        string list = await client.GetStringAsync("api/offenders?justification=" + Uri.EscapeDataString("API weekly review"));
        Assert.Contains("\"personId\": \"P1\"", list, StringComparison.Ordinal);
        Assert.Contains("API weekly review", Audit("offender-list"), StringComparison.Ordinal);
        Assert.Contains("P1 is ranked 1", await client.GetStringAsync("api/offenders/P1?justification=" + Uri.EscapeDataString("API weekly review")),
            StringComparison.Ordinal);

        using HttpResponseMessage review = await client.PostAsync("api/offenders/P3/review", System.Net.Http.Json.JsonContent.Create(
            new { decision = "defer", reason = "Await arrest", justification = "API weekly review" }));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        using HttpResponseMessage export = await client.PostAsync("api/offenders/export", System.Net.Http.Json.JsonContent.Create(
            new { recipient = "Probation", justification = "MAPPA referral" }));
        Assert.StartsWith("# OFFICIAL-SENSITIVE", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Probation", Audit("offender-export"), StringComparison.Ordinal);

        using HttpClient admin = await host.ApiClientAsync("administrator");
        Assert.Contains("Probation", await admin.GetStringAsync("api/admin/subject-access/P3?justification=" + Uri.EscapeDataString("SAR 2026/200")),
            StringComparison.Ordinal);
    }

    private string Audit(string action)
    {
        using LanternStore store = LanternStore.Open(host.Database);
        return string.Join('\n', AuditEntry.Search(store, null, action, null, null, null, 50).Select(e => $"{e.Subject} {e.Justification} {e.Detail}"));
    }
}
