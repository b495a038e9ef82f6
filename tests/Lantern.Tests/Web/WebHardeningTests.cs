using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Data.Store;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>
/// Weaknesses found by the pre-go-live security review, each held shut against the running app: the sign-in form's rate
/// limit, signing out and the longest a session lasts, the proxy identity mode's address check, and spreadsheet formulas in
/// exports.
/// </summary>
public sealed class WebHardeningTests
{
    [Fact]
    public async Task SignInForm_IsRateLimitedPerAddress_AsTheApiIs()
    {
        await using WebHost host = await WebHost.StartAsync(o => o.SignInAttemptsPerMinute = 3);
        HttpClient client = await host.ClientAsync(null);
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 5; i++)
        {
            string page = await client.GetStringAsync("login"); // viewing the form is never limited
            string token = Regex.Match(page, """name="__RequestVerificationToken" type="hidden" value="([^"]+)""").Groups[1].Value;
            using var form = new FormUrlEncodedContent([new("UserName", "analyst"), new("Password", "guess-" + i), new("__RequestVerificationToken", token)]);
            statuses.Add((await client.PostAsync("login", form)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SigningOut_EndsThatSession_ACopyOfItsCookieIncluded_AndNoOther()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient browser = await host.ApiClientAsync("analyst");
        HttpClient other = await host.ClientAsync("analyst"); // the same person on another device
        string cookie = host.SessionCookie(browser);
        using var copy = new HttpClient { BaseAddress = host.BaseAddress };
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("api/session")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync("api/session")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("api/session")).StatusCode);
    }

    [Fact]
    public async Task ASession_EndsAtItsMaximumAge_HoweverActive()
    {
        await using WebHost host = await WebHost.StartAsync(o => o.MaximumSessionAge = TimeSpan.FromSeconds(2));
        HttpClient client = await host.ClientAsync("analyst");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/session")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/session")).StatusCode);
    }

    [Fact]
    public async Task IdentityHeader_FromTheTrustedProxy_SignsTheNamedAccountIn()
    {
        await using WebHost host = await WebHost.StartAsync(o => (o.TrustedProxyHeader, o.TrustedProxyAddress) = ("X-Remote-User", "127.0.0.1"));
        HttpClient client = await host.ClientAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("X-Remote-User", "supervisor");
        HttpResponseMessage r = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("supervisor", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetString());

        // Audited as a sign-in once, not at every request (there is no session: the header comes with each), and a name
        // with no account is a refused sign-in. Neither was logged.
        using var again = new HttpRequestMessage(HttpMethod.Get, "api/session");
        again.Headers.Add("X-Remote-User", "supervisor");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(again)).StatusCode);
        using var nobody = new HttpRequestMessage(HttpMethod.Get, "api/session");
        nobody.Headers.Add("X-Remote-User", "nobody");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(nobody)).StatusCode);
        using LanternStore store = LanternStore.Open(host.Database);
        AuditEntry signIn = Assert.Single(AuditEntry.Search(store, "supervisor", "sign-in", null, null, null, 10));
        Assert.Equal("{\"via\":\"proxy\"}", signIn.Detail);
        Assert.Equal("nobody", Assert.Single(AuditEntry.Search(store, "anonymous", "sign-in-refused", null, null, null, 10)).Subject);
    }

    [Fact]
    public async Task IdentityHeader_FromAnotherAddress_IsRefused_EvenAnIpv6OneEndingInTheProxysIpv4()
    {
        // ::1 read as IPv4 is 0.0.0.1; IPAddress.MapToIPv4 does that to any IPv6 address, so an address chosen to end in
        // the proxy's four bytes must not pass as the proxy.
        await using WebHost host = await WebHost.StartAsync(o => (o.TrustedProxyHeader, o.TrustedProxyAddress) = ("X-Remote-User", "0.0.0.1"), "http://[::1]:0");
        HttpClient client = await host.ClientAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("X-Remote-User", "administrator");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task TaskingCsv_DoesNotCarryImportedTextAsASpreadsheetFormula()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "3000", "--months", "4", "--end", "2026-09");
        cli.RunOk("import", "--db", host.Database, data);
        // Boundaries come from outside (a GIS team, a download); their codes go into the tasking CSV's area_code column.
        string boundaries = Path.Combine(cli.Directory, "formula-lsoa.geojson");
        File.WriteAllText(boundaries, File.ReadAllText(Path.Combine(data, "boundaries", "lantern-demo-lsoa.geojson"))
            .Replace("\"LSOACD\":\"X", "\"LSOACD\":\"=1+X", StringComparison.Ordinal));
        cli.RunOk("areas", "import", boundaries, "--level", "lsoa", "--db", host.Database);
        HttpClient analyst = await host.ClientAsync("analyst");

        string csv = await analyst.GetStringAsync("api/tasking/csv?force=lantern-demo&date=2026-10-15&months=3&top=5");

        Assert.Contains(",'=1+X0", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=1+X0", csv, StringComparison.Ordinal);
        Assert.Contains(",-1.", csv, StringComparison.Ordinal); // negative numbers (longitudes west of Greenwich) stay numbers
    }

    [Fact]
    public async Task AnOfficer_CannotSeeOrRecordVisitsOnAnotherForcesPublication_ByChangingItsId()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { }); // the officer's force: lantern-demo
        long other;
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            long run = AnalysisRun.Record(store, "tasking", "gwent", "analyst", "test", now, "{}", "{}", "{}");
            other = TaskingPublication.Publish(store, "gwent", DateOnly.FromDateTime(now.UtcDateTime), run, 150, "inspector", now, "{}", null,
                [new PublishedPlace(0, 1, "150m-E331050-N188100", 2207, 1254, 331125, 188175, 51.59, -2.99, null, 10, 3, 2, 15, "12:00 18:00", "test")]).Id;
        }

        HttpClient officer = await host.ApiClientAsync("officer");
        HttpResponseMessage tap = await officer.PostAsJsonAsync("api/patrol/visits", new { publication = other, rank = 1, action = "arrived" });
        string page = await officer.GetStringAsync($"patrol/place?publication={other}&rank=1");

        Assert.Equal(HttpStatusCode.BadRequest, tap.StatusCode);
        Assert.DoesNotContain("150m-E331050-N188100", page, StringComparison.Ordinal);
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Assert.Empty(PatrolVisit.ForPublication(store, other));
        }
    }

    [Fact]
    public async Task RejectedRows_HoldWholeRecords_SoEveryViewIsAudited_AndNotStored()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Lantern.Web.Services.AccountService.Create(store, new("analyst2", null, WebHost.Password, ["analyst"], null, null), "test", DateTimeOffset.UtcNow, null);
        }

        // A search whose date is wrong is kept whole as a rejected row: a person's age, sex and ethnicity, where and when.
        const string Csv = ImportApiTests.SearchHeader +
            "Person search,not a date,False,,51.5,-0.1,Female,25-34,Black British - Caribbean,Black,Misuse of Drugs Act 1971 (section 23),Controlled drugs," +
            "A no further action disposal,False,False\n";
        HttpClient analyst = await host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Csv)), "file", "2024-01-metropolitan-stop-and-search.csv");
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsync("api/imports", form)).StatusCode);

        HttpClient another = await host.ClientAsync("analyst2");
        HttpResponseMessage rejects = await another.GetAsync("api/rejects");

        Assert.Contains("Black British - Caribbean", await rejects.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", rejects.Headers.CacheControl?.ToString());
        using LanternStore check = LanternStore.Open(host.Database);
        AuditEntry view = Assert.Single(AuditEntry.Search(check, "analyst2", "view-rejected-rows", null, null, null, 10));
        Assert.Contains("\"rows\":1", view.Detail, StringComparison.Ordinal);
    }
}
