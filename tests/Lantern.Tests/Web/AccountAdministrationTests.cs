using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Data.Store;

namespace Lantern.Tests.Web;

/// <summary>Account changes that would leave no one able to administer accounts are refused, on the API and the page.</summary>
public sealed class AccountAdministrationTests
{
    [Fact]
    public async Task TheOnlyActiveAdministrator_CannotBeDisabled_NorLoseTheRole_UntilAnotherHasIt()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient admin = await host.ApiClientAsync("administrator");
        long id = IdOf(host, "administrator");

        foreach (object change in new object[]
        {
            new { roles = new[] { "administrator" }, disabled = true },
            new { roles = new[] { "analyst" }, disabled = false },
        })
        {
            HttpResponseMessage refused = await admin.PutAsJsonAsync($"api/admin/accounts/{id}", change);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("only active administrator", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Account unchanged = Account.Find(store, id)!;
            Assert.False(unchanged.IsDisabled);
            Assert.Equal(["administrator"], unchanged.RoleList);
            Assert.Empty(AuditEntry.Search(store, null, "account-disable", null, null, null, 10));
        }

        // With a second administrator, the first can step down.
        long second = (await (await admin.PostAsJsonAsync("api/admin/accounts",
            new { userName = "deputy", displayName = "Deputy", password = "a-long-enough-password", roles = new[] { "administrator" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.True(second > 0);
        HttpResponseMessage stepDown = await admin.PutAsJsonAsync($"api/admin/accounts/{id}", new { roles = new[] { "analyst" }, disabled = false });
        Assert.Equal(HttpStatusCode.OK, stepDown.StatusCode);
    }

    [Theory]
    // a force the store holds no crimes for, and no police force: the officer would see an empty list, unexplained
    [InlineData("no-such-force", null, "force: 'no-such-force' is neither a police force nor one the store holds crimes for (gwent)")]
    // an area that is no imported boundary
    [InlineData("gwent", "E09000022", "area: no imported boundary has the code 'E09000022'")]
    public async Task CreateOfficer_WithAForceOrAreaThatCannotMatch_IsRefused(string force, string? area, string message)
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        using (var cli = new Lantern.Tests.Cli.CliRun())
        {
            string file = cli.OneGwentCrime();
            string lsoa = Path.Combine(cli.Directory, "lsoa.geojson");
            File.WriteAllText(lsoa, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"LSOA21CD":"W01001680","LSOA21NM":"Newport 007E"},
                 "geometry":{"type":"Polygon","coordinates":[[[-3.0,51.58],[-2.99,51.58],[-2.99,51.59],[-3.0,51.59],[-3.0,51.58]]]}}]}
                """);
            cli.RunOk("--db", host.Database, "import", file);
            cli.RunOk("--db", host.Database, "areas", "import", lsoa, "--level", "lsoa");
        }

        HttpClient admin = await host.ApiClientAsync("administrator");
        HttpResponseMessage refused = await admin.PostAsJsonAsync("api/admin/accounts",
            new { userName = "pc1", password = "a-long-enough-password", roles = new[] { "officer" }, force, areaCode = area });
        HttpResponseMessage accepted = await admin.PostAsJsonAsync("api/admin/accounts",
            new { userName = "pc2", password = "a-long-enough-password", roles = new[] { "officer" }, force = "gwent", areaCode = "W01001680" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task OfficerAccount_WithoutAForce_IsRefused_OnCreateAndEdit_OnTheApiAndThePage()
    {
        // An officer with no force saw every force's published places: an officer's account now needs one.
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient admin = await host.ApiClientAsync("administrator");
        long officerId = IdOf(host, "officer");

        HttpResponseMessage created = await admin.PostAsJsonAsync("api/admin/accounts",
            new { userName = "pc3", password = "a-long-enough-password", roles = new[] { "officer" } });
        HttpResponseMessage edited = await admin.PutAsJsonAsync($"api/admin/accounts/{officerId}", new { roles = new[] { "officer" }, force = "" });
        HttpResponseMessage analyst = await admin.PostAsJsonAsync("api/admin/accounts",
            new { userName = "analyst2", password = "a-long-enough-password", roles = new[] { "analyst" } }); // no force needed
        HttpClient browser = await host.ClientAsync("administrator");
        string token = await WebHost.FormTokenAsync(browser, "admin/accounts");
        HttpResponseMessage onThePage = await browser.PostAsync("admin/accounts?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "pc4", ["password"] = "a-long-enough-password", ["roles"] = "officer", ["force"] = "", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains("force: an officer's account needs one", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Created, analyst.StatusCode);
        Assert.Contains("an officer's account needs one", Uri.UnescapeDataString(onThePage.Headers.Location!.ToString()), StringComparison.Ordinal);
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Assert.Null(Account.Find(store, "pc3"));
            Assert.Null(Account.Find(store, "pc4"));
            Assert.Equal("lantern-demo", Account.Find(store, officerId)!.Force);
        }
    }

    [Fact]
    public async Task Enable_ADisabledAccount_LetsItSignInAgainAsItWas_AuditedAsDisablingIs_OnTheApiAndThePage()
    {
        // An administrator could disable an account, but nothing on the page or in the API said how to enable it again.
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient admin = await host.ApiClientAsync("administrator");
        long id = IdOf(host, "analyst");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"api/admin/accounts/{id}",
            new { roles = new[] { "analyst" }, force = "lantern-demo", disabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(host, "analyst")).StatusCode);

        HttpClient noToken = await host.ClientAsync("administrator"); // signed in, but sends no antiforgery token
        HttpResponseMessage forged = await noToken.PostAsync($"api/admin/accounts/{id}/enable", null);
        HttpResponseMessage supervisor = await (await host.ApiClientAsync("supervisor")).PostAsync($"api/admin/accounts/{id}/enable", null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(host, "analyst")).StatusCode);

        HttpResponseMessage enabled = await admin.PostAsync($"api/admin/accounts/{id}/enable", null);
        HttpResponseMessage again = await admin.PostAsync($"api/admin/accounts/{id}/enable", null);

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        JsonElement view = await enabled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(view.GetProperty("disabled").GetBoolean());
        Assert.Equal(["analyst"], view.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("lantern-demo", view.GetProperty("force").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // already enabled: left as it is
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(host, "analyst")).StatusCode);

        // On the page: a disabled account has an Enable button, and it posts with the form's token.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"api/admin/accounts/{id}",
            new { roles = new[] { "analyst" }, force = "lantern-demo", disabled = true })).StatusCode);
        HttpClient browser = await host.ClientAsync("administrator");
        string page = await browser.GetStringAsync("admin/accounts");
        Assert.Contains("<button type=\"submit\">Enable analyst</button>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Enable supervisor", page, StringComparison.Ordinal);
        HttpResponseMessage posted = await browser.PostAsync("admin/accounts?handler=Enable", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = await WebHost.FormTokenAsync(browser, "admin/accounts"),
        }));
        Assert.Contains("Enabled analyst: it can sign in again.", Uri.UnescapeDataString(posted.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(host, "analyst")).StatusCode);

        using LanternStore store = LanternStore.Open(host.Database);
        IReadOnlyList<AuditEntry> enables = AuditEntry.Search(store, null, "account-enable", null, null, null, 10);
        Assert.Equal(2, enables.Count); // the API's and the page's; not the call that found it enabled
        Assert.All(enables, e => Assert.Equal(("administrator", "analyst"), (e.Actor, e.Subject)));
        Assert.All(enables, e => Assert.Equal(AuditEntry.Search(store, null, "account-disable", null, null, null, 1)[0].Detail!.Replace("true", "false", StringComparison.Ordinal), e.Detail));

        string openApi = await admin.GetStringAsync("openapi/v1.json");
        Assert.Contains("\"/api/admin/accounts/{id}/enable\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"EnableAccount\"", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryAccountCall_OnAnIdThatIsNoAccount_Is404_AndChangesNothing()
    {
        // The API answered 400, as for a mistake in the body, when the address named no account at all.
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient admin = await host.ApiClientAsync("administrator");
        long entries;
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            entries = AuditEntry.Verify(store).Checked;
        }

        var calls = new (string Method, string Path, object? Body)[]
        {
            ("PUT", "api/admin/accounts/9999", new { roles = new[] { "analyst" }, disabled = true }), // roles, force, area, disabling
            ("PUT", "api/admin/accounts/9999", new { roles = new[] { "no-such-role" } }), // a body that is wrong too: the address first
            ("POST", "api/admin/accounts/9999/password", new { password = "a-long-enough-password" }),
            ("POST", "api/admin/accounts/9999/password", new { password = "short" }),
            ("POST", "api/admin/accounts/9999/unlock", null),
            ("POST", "api/admin/accounts/9999/enable", null),
        };
        foreach ((string method, string path, object? body) in calls)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body) };
            HttpResponseMessage r = await admin.SendAsync(request);
            Assert.True(r.StatusCode == HttpStatusCode.NotFound, $"{method} {path} {JsonSerializer.Serialize(body)}: {(int)r.StatusCode}");
        }

        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Assert.Equal(entries, AuditEntry.Verify(store).Checked);
        }

        JsonElement paths = (await admin.GetFromJsonAsync<JsonElement>("openapi/v1.json")).GetProperty("paths");
        foreach ((string path, string method) in new[] { ("", "put"), ("/password", "post"), ("/unlock", "post"), ("/enable", "post") })
        {
            Assert.True(paths.GetProperty("/api/admin/accounts/{id}" + path).GetProperty(method).GetProperty("responses").TryGetProperty("404", out _), path);
        }
    }

    private static async Task<HttpResponseMessage> SignIn(WebHost host, string user) =>
        await (await host.ClientAsync(null)).PostAsJsonAsync("api/session", new { userName = user, password = WebHost.Password });

    private static long IdOf(WebHost host, string user)
    {
        using LanternStore store = LanternStore.Open(host.Database);
        return Account.Find(store, user)!.Id;
    }
}
