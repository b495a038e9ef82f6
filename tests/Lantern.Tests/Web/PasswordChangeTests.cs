using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Data.Store;

namespace Lantern.Tests.Web;

/// <summary>
/// Passwords an administrator sets (a new account, a reset) are known to them, so their holder must choose their own before
/// doing anything else; anyone with a Lantern password can change it; and a refused sign-in takes as long whether or not
/// the account exists.
/// </summary>
public sealed class PasswordChangeTests
{
    private const string Chosen = "my-own-choice-2026";

    [Fact]
    public async Task AnAccountAnAdministratorMade_ReachesNothingButThePasswordChange_UntilItsHolderChoosesTheirOwn()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient admin = await host.ApiClientAsync("administrator");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("api/admin/accounts",
            new { userName = "pc1234", password = "set-by-the-admin", roles = new[] { "analyst" }, force = "lantern-demo" })).StatusCode);

        HttpClient pc = await SignedInAsync(host, "pc1234", "set-by-the-admin");
        Assert.True((await pc.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("mustChangePassword").GetBoolean());
        HttpResponseMessage api = await pc.GetAsync("api/coverage");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("POST /api/session/password", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        HttpResponseMessage page = await pc.GetAsync("tasking?force=lantern-demo");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/password?returnUrl=%2Ftasking%3Fforce%3Dlantern-demo", page.Headers.Location?.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, (await ChangeAsync(pc, "set-by-the-admin", "set-by-the-admin")).StatusCode); // the same again
        Assert.Equal(HttpStatusCode.BadRequest, (await ChangeAsync(pc, "set-by-the-admin", "short")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ChangeAsync(pc, "set-by-the-admin", Chosen)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await pc.GetAsync("api/coverage")).StatusCode); // the session goes on, on its new cookie
        Assert.False((await pc.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("mustChangePassword").GetBoolean());
        await SignedInAsync(host, "pc1234", Chosen);
    }

    [Fact]
    public async Task AReset_EndsTheSessions_AndTheNewPasswordMustBeChanged_ThroughThePage()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient analyst = await host.ClientAsync("analyst");
        HttpClient admin = await host.ApiClientAsync("administrator");
        long id;
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            id = Account.Find(store, "analyst")!.Id;
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"api/admin/accounts/{id}/password", new { password = "reset-by-the-admin" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await analyst.GetAsync("api/session")).StatusCode);

        HttpClient again = await SignedInAsync(host, "analyst", "reset-by-the-admin");
        HttpResponseMessage home = await again.GetAsync("");
        Assert.Equal("/account/password?returnUrl=%2F", home.Headers.Location?.ToString());
        string form = await again.GetStringAsync("account/password?returnUrl=%2Fdosage");
        Assert.Contains("set by an administrator", form, StringComparison.Ordinal);
        string token = Regex.Match(form, """name="__RequestVerificationToken" type="hidden" value="([^"]+)""").Groups[1].Value;
        using var post = new FormUrlEncodedContent([new("currentPassword", "reset-by-the-admin"), new("newPassword", Chosen),
            new("repeatPassword", Chosen), new("ReturnUrl", "/dosage"), new("__RequestVerificationToken", token)]);
        HttpResponseMessage changed = await again.PostAsync("account/password", post);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/dosage", changed.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("dosage")).StatusCode);
    }

    [Fact]
    public async Task ChangingYourOwnPassword_EndsYourOtherSessions_IsAudited_AndAWrongCurrentOneCountsTowardsTheLockout()
    {
        await using WebHost host = await WebHost.StartAsync(o => o.LockoutAttempts = 2);
        HttpClient phone = await host.ClientAsync("supervisor");
        HttpClient desk = await host.ApiClientAsync("supervisor");

        Assert.Equal(HttpStatusCode.NoContent, (await ChangeAsync(desk, WebHost.Password, Chosen)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("api/session")).StatusCode);
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Assert.Single(AuditEntry.Search(store, "supervisor", "password-change", null, null, null, 10));
        }

        // A session left open is no way to guess the password: two wrong ones lock that browser as sign-in would, the
        // right password refused there afterwards; the holder's other browser still signs in.
        Assert.Equal(HttpStatusCode.BadRequest, (await ChangeAsync(desk, "guess-one-guess-one", "another-choice-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ChangeAsync(desk, "guess-two-guess-two", "another-choice-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ChangeAsync(desk, Chosen, "another-choice-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await desk.PostAsJsonAsync("api/session", new { userName = "supervisor", password = Chosen })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await phone.PostAsJsonAsync("api/session", new { userName = "supervisor", password = Chosen })).StatusCode);
    }

    [Fact]
    public async Task ARefusedSignIn_TakesAsLong_WhetherOrNotTheAccountExists()
    {
        // Without a password to check, the refusal came back at once, while a wrong password took the hash's time: how long
        // the answer took told which user names are accounts. Medians of three, against a generous bound (the hash is about
        // a hundred times slower than the rest).
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient client = await host.ClientAsync(null);
        await client.PostAsJsonAsync("api/session", new { userName = "warm-up", password = "x" });
        double wrong = await MedianAsync(() => client.PostAsJsonAsync("api/session", new { userName = "officer", password = "not-the-password" }));
        double missing = await MedianAsync(() => client.PostAsJsonAsync("api/session", new { userName = "nobody-here", password = "not-the-password" }));

        Assert.True(missing > 0.3 * wrong, $"a missing account was refused in {missing:0.0} ms, a wrong password in {wrong:0.0} ms");
    }

    private static async Task<double> MedianAsync(Func<Task<HttpResponseMessage>> call)
    {
        var times = new List<double>();
        for (int i = 0; i < 3; i++)
        {
            long start = Stopwatch.GetTimestamp();
            Assert.Equal(HttpStatusCode.Unauthorized, (await call()).StatusCode);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        return times[1];
    }

    private static async Task<HttpClient> SignedInAsync(WebHost host, string user, string password)
    {
        HttpClient client = await host.ClientAsync(null);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("api/session", new { userName = user, password })).StatusCode);
        JsonElement session = await client.GetFromJsonAsync<JsonElement>("api/session");
        client.DefaultRequestHeaders.Add(Lantern.Web.LanternWeb.AntiforgeryHeader, session.GetProperty("antiforgery").GetProperty("token").GetString());
        return client;
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next) =>
        client.PostAsJsonAsync("api/session/password", new { currentPassword = current, newPassword = next });
}
