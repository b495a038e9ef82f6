using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Lantern.Data.Store;

namespace Lantern.Tests.Web;

/// <summary>Sign-in, lockout, antiforgery, security headers and the audit chain, against the running app.</summary>
public sealed class WebSecurityTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task StateChangingApiCall_WithoutAntiforgeryToken_IsRefused_WithTokenIsAccepted()
    {
        HttpClient admin = await host.ClientAsync("administrator");
        var body = new { userName = "csrf.victim", displayName = "x", password = "a-long-enough-password", roles = new[] { "analyst" } };
        HttpResponseMessage without = await admin.PostAsJsonAsync("api/admin/accounts", body);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);

        JsonElement session = await admin.GetFromJsonAsync<JsonElement>("api/session");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/accounts") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", session.GetProperty("antiforgery").GetProperty("token").GetString());
        HttpResponseMessage with = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
    }

    [Fact]
    public async Task AuditSearch_ByDays_IncludesTheLastDay_AndRefusesWhatIsNotADay()
    {
        // The page searched "to" a day inclusive and the API exclusive: the same search gave 89 entries and none.
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            AuditEntry.Append(store, new DateTimeOffset(2025, 3, 9, 23, 59, 0, TimeSpan.Zero), "test", "view-person-data", "P-AUDIT-DAYS-1", "to check the days");
        }

        HttpClient admin = await host.ApiClientAsync("administrator");
        HttpResponseMessage byDay = await admin.PostAsJsonAsync("api/admin/audit/search", new { from = "2025-03-09", to = "2025-03-09" });
        HttpResponseMessage garbage = await admin.PostAsJsonAsync("api/admin/audit/search", new { from = "garbage" });
        HttpResponseMessage page = await admin.PostAsync("admin/audit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["from"] = "2025-03-09", ["to"] = "2025-03-09", ["__RequestVerificationToken"] = await WebHost.FormTokenAsync(admin, "admin/audit"),
        }));

        Assert.Equal("P-AUDIT-DAYS-1", Assert.Single((await byDay.Content.ReadFromJsonAsync<IReadOnlyList<JsonElement>>())!).GetProperty("subject").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("from: 'garbage' is not a day (yyyy-MM-dd)", await garbage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("P-AUDIT-DAYS-1", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditSearch_IsPosted_NeverAnAddress()
    {
        // The search text is often a person id: it goes in a body, so no address, history or proxy log holds it.
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            AuditEntry.Append(store, DateTimeOffset.UtcNow, "test", "view-person-data", "P-AUDIT-SEARCH-1", "to check the search");
        }

        HttpClient admin = await host.ApiClientAsync("administrator");
        IReadOnlyList<JsonElement>? found = await (await admin.PostAsJsonAsync("api/admin/audit/search", new { text = "P-AUDIT-SEARCH-1" }))
            .Content.ReadFromJsonAsync<IReadOnlyList<JsonElement>>();
        Assert.Equal("P-AUDIT-SEARCH-1", Assert.Single(found!).GetProperty("subject").GetString());
        Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync("api/admin/audit?text=P-AUDIT-SEARCH-1")).StatusCode);

        string page = await admin.GetStringAsync("admin/audit");
        Assert.Matches("""<form method="post" class="filters">""", page);

        // Looking at the log is consulting the people it names: each look is logged, by whom and for what.
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            IReadOnlyList<AuditEntry> looks = AuditEntry.Search(store, "administrator", "view-audit-log", null, null, null, 10);
            Assert.Contains(looks, e => e.Subject == "P-AUDIT-SEARCH-1" && e.Detail!.Contains("\"shown\":1", StringComparison.Ordinal));
            Assert.Contains(looks, e => e.Subject == "newest entries");
        }
    }

    [Fact]
    public async Task PersonLevelEndpoints_AreNotCached_DecidedByTheirPolicy()
    {
        // Individual searches: guarded by the person-level policy, so no-store without the endpoint saying so itself.
        HttpClient analyst = await host.ApiClientAsync("analyst");
        using HttpResponseMessage records = await analyst.GetAsync("api/stop-search/records?force=gwent&month=2024-01&justification=checking%20the%20headers");
        Assert.Equal(HttpStatusCode.OK, records.StatusCode);
        Assert.True(records.Headers.CacheControl?.NoStore, "individual searches may be cached");

        HttpClient admin = await host.ApiClientAsync("administrator");
        using HttpResponseMessage accounts = await admin.GetAsync("api/admin/accounts");
        Assert.True(accounts.Headers.CacheControl?.NoStore, "the accounts list may be cached");
    }

    [Fact]
    public async Task SignOutForm_CarriesTheAntiforgeryToken_AndSignsOut()
    {
        HttpClient client = await host.ClientAsync("analyst");
        string page = await client.GetStringAsync("coverage");
        Match form = Regex.Match(page, """<form method="post" class="signout" action="/logout">(.*?)</form>""", RegexOptions.Singleline);
        Assert.True(form.Success, "no sign-out form on the page");
        Match token = Regex.Match(form.Groups[1].Value, """name="__RequestVerificationToken" type="hidden" value="([^"]+)" """.TrimEnd());
        Assert.True(token.Success, "the sign-out form carries no antiforgery token, so signing out is refused");

        using var body = new FormUrlEncodedContent([new("__RequestVerificationToken", token.Groups[1].Value)]);
        HttpResponseMessage r = await client.PostAsync("logout", body);
        Assert.Equal((HttpStatusCode.Redirect, "/login"), (r.StatusCode, r.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/session")).StatusCode);
    }

    [Fact]
    public async Task WrongPasswords_LockTheAccount_EvenForTheRightPasswordAfterwards()
    {
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Lantern.Web.Services.AccountService.Create(store, new("lock.me", null, WebHost.Password, ["analyst"], null, null), "test", DateTimeOffset.UtcNow, null);
        }

        HttpClient client = await host.ClientAsync(null);
        for (int i = 0; i < 5; i++)
        {
            HttpResponseMessage wrong = await client.PostAsJsonAsync("api/session", new { userName = "lock.me", password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        HttpResponseMessage right = await client.PostAsJsonAsync("api/session", new { userName = "lock.me", password = WebHost.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public Task WrongPasswords_FromOtherBrowsers_DoNotLockTheHolderOutOfTheirOwn() => DeviceLockout(host);

    [PostgresFact]
    public async Task WrongPasswords_FromOtherBrowsers_DoNotLockTheHolderOutOfTheirOwn_OnPostgres()
    {
        await using WebHost postgres = await WebHost.StartAsync(postgres: true);
        await DeviceLockout(postgres);
    }

    private static async Task DeviceLockout(WebHost host)
    {
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Lantern.Web.Services.AccountService.Create(store, new("lock.holder", null, WebHost.Password, ["analyst"], null, null), "test", DateTimeOffset.UtcNow, null);
            Lantern.Web.Services.AccountService.Create(store, new("lock.other", null, WebHost.Password, ["analyst"], null, null), "test", DateTimeOffset.UtcNow, null);
        }

        // The holder signed in from their browser once before: it now holds the account's device cookie.
        HttpClient holder = await host.ClientAsync(null);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(holder, "lock.holder", WebHost.Password)).StatusCode);
        string device = host.CookieValue(holder, Lantern.Web.Services.SignInService.DeviceCookie);
        HttpClient other = await host.ClientAsync(null);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(other, "lock.other", WebHost.Password)).StatusCode);

        // Someone else guesses: the account locks for every browser it has not signed in from, the right password too.
        HttpClient guesser = await host.ClientAsync(null);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(guesser, "lock.holder", "wrong")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(guesser, "lock.holder", WebHost.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(await host.ClientAsync(null), "lock.holder", WebHost.Password)).StatusCode);

        // A device cookie counts only for the account that signed in with it, and a made-up one for none.
        foreach (string cookie in new[] { host.CookieValue(other, Lantern.Web.Services.SignInService.DeviceCookie), new string('A', 43), device + "x" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInWithCookie(host, cookie, "lock.holder", WebHost.Password)).StatusCode);
        }

        // The holder's own browser still signs in, as often as they like.
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(holder, "lock.holder", WebHost.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SignInWithCookie(host, device, "lock.holder", WebHost.Password)).StatusCode);

        // Wrong passwords from the holder's browser lock that browser: a stolen laptop is no way to guess either.
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInWithCookie(host, device, "lock.holder", "wrong")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(holder, "lock.holder", WebHost.Password)).StatusCode);

        // The administrator sees both locks against the account; the other account is active.
        string accounts = await (await host.ClientAsync("administrator")).GetStringAsync("admin/accounts");
        string row = Regex.Match(accounts, "<td>lock.holder</td>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("for browsers it has not signed in from", row, StringComparison.Ordinal);
        Assert.Contains("one of its own browsers locked until", row, StringComparison.Ordinal);
        Assert.Contains(">Unlock lock.holder</button>", row, StringComparison.Ordinal);
        Assert.Matches("<td>lock.other</td>.*?<td>active\\s*</td>", Regex.Match(accounts, "<td>lock.other</td>.*?</tr>", RegexOptions.Singleline).Value.ReplaceLineEndings(" "));

        // An administrator can lift the locks without a new password: the holder's browser signs in again.
        HttpClient admin = await host.ApiClientAsync("administrator");
        long holderId;
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            holderId = Account.Find(store, "lock.holder")!.Id;
        }

        HttpResponseMessage unlocked = await admin.PostAsync($"api/admin/accounts/{holderId}/unlock", null);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Null((await unlocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lockedUntil").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(holder, "lock.holder", WebHost.Password)).StatusCode);
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Assert.Single(AuditEntry.Search(store, null, "account-unlock", "lock.holder", null, null, 10));
        }

        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(guesser, "lock.holder", "wrong")).StatusCode);
        }

        // An administrator's new password lets the holder in again, wherever they were locked out.
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            long id = Account.Find(store, "lock.holder")!.Id;
            Lantern.Web.Services.AccountService.ResetPassword(store, id, WebHost.Password + "-2", "test", DateTimeOffset.UtcNow, null);
            Assert.Contains(AuditEntry.Search(store, null, "sign-in-refused", "lock.holder", null, null, 50), e => e.Detail == "{\"reason\":\"locked\",\"browser\":\"new\"}");
        }

        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(holder, "lock.holder", WebHost.Password + "-2")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SignIn(await host.ClientAsync(null), "lock.holder", WebHost.Password + "-2")).StatusCode);
    }

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("api/session", new { userName, password });

    // A browser that sends a device cookie it was not given here (copied, or made up).
    private static async Task<HttpResponseMessage> SignInWithCookie(WebHost host, string device, string userName, string password)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/session") { Content = JsonContent.Create(new { userName, password }) };
        request.Headers.Add("Cookie", $"{Lantern.Web.Services.SignInService.DeviceCookie}={device}");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Pages_CarryAStrictContentSecurityPolicy()
    {
        HttpClient client = await host.ClientAsync(null);
        HttpResponseMessage r = await client.GetAsync("login");
        string csp = r.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdentityHeader_WhenTheModeIsOff_IsRefused()
    {
        HttpClient client = await host.ClientAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("X-Remote-User", "administrator");
        HttpResponseMessage r = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task AuditLog_RecordsSignIns_AndItsChainVerifies_UntilAnEntryIsAltered()
    {
        await host.ClientAsync("analyst");
        await host.ClientAsync("officer");
        using LanternStore store = LanternStore.Open(host.Database);
        AuditEntry signIn = AuditEntry.Search(store, "analyst", "sign-in", null, null, null, 10)[0];
        Assert.Null(AuditEntry.Verify(store).Break);

        // The triggers refuse changes through SQL; someone with the file can drop them. The chain still shows it.
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => store.Connection.Execute("UPDATE audit_entry SET actor = 'nobody' WHERE id = @id", new { id = signIn.Id }));
        store.Connection.Execute("DROP TRIGGER audit_entry_no_update");
        store.Connection.Execute("UPDATE audit_entry SET actor = 'nobody' WHERE id = @id", new { id = signIn.Id });
        AuditBreak? broken = AuditEntry.Verify(store).Break;
        Assert.NotNull(broken);
        Assert.Equal(signIn.Id, broken.EntryId);
    }

    [Theory]
    [InlineData("officer", "api/stop-search/records?force=x&month=2024-01&justification=a%20long%20enough%20reason")] // person-level data
    [InlineData("scrutiny", "api/stop-search/records?force=x&month=2024-01&justification=a%20long%20enough%20reason")] // aggregates only
    [InlineData("analyst", "api/admin/accounts")] // administration
    [InlineData("officer", "api/tasking")] // officers see only published places
    [InlineData("administrator", "api/tasking")] // administrators run accounts, not tasking
    public async Task KeyRefusals_HoldWhateverThePolicyTableSays(string user, string path)
    {
        HttpClient client = await host.ClientAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
    }
}
