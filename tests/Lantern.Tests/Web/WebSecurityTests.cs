using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
    public async Task WrongPasswords_LockTheAccount_EvenForTheRightPasswordAfterwards()
    {
        using (SqliteStore store = SqliteStore.Open(host.Database))
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
        using SqliteStore store = SqliteStore.Open(host.Database);
        Assert.Contains(AuditEntry.Search(store, "analyst", "sign-in", null, null, null, 10), e => e.Action == "sign-in");
        (long count, AuditBreak? broken) = AuditEntry.Verify(store);
        Assert.True(count > 0);
        Assert.Null(broken);
    }
}
