using System.Net;
using System.Net.Http.Json;
using Lantern.Data.Store;

namespace Lantern.Tests.Web;

/// <summary>
/// Lantern behind a reverse proxy that ends TLS: the proxy's forwarded scheme and client address are believed from its
/// address only, so HSTS and Secure cookies follow the browser's TLS, and the audit log and the sign-in rate limit see the
/// client; from anywhere else the same headers change nothing.
/// </summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task ThroughTheProxy_TlsAndTheClientsAddress_AreBelieved()
    {
        // The test client connects from 127.0.0.1, which plays the proxy.
        await using WebHost host = await WebHost.StartAsync(o => o.TrustedProxyAddress = "127.0.0.1");
        HttpClient proxy = await host.ClientAsync(null);

        HttpResponseMessage signIn = await SignInAsync(proxy, "analyst", WebHost.Password, "203.0.113.7", "https");

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", signIn.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains("secure", SessionCookieOf(signIn), StringComparison.OrdinalIgnoreCase);
        using LanternStore store = LanternStore.Open(host.Database);
        AuditEntry entry = Assert.Single(AuditEntry.Search(store, "analyst", "sign-in", null, null, null, 10));
        Assert.Equal("203.0.113.7", entry.Client);
    }

    [Fact]
    public async Task ThroughTheProxy_EachClientHasItsOwnSignInCount()
    {
        await using WebHost host = await WebHost.StartAsync(o => (o.TrustedProxyAddress, o.SignInAttemptsPerMinute) = ("127.0.0.1", 2));
        HttpClient proxy = await host.ClientAsync(null);
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(proxy, "analyst", "guess-" + i, "203.0.113.7", "https")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(proxy, "analyst", "guess", "203.0.113.7", "https")).StatusCode);
        // Another officer behind the same proxy is not held up by the first one's attempts.
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(proxy, "supervisor", WebHost.Password, "198.51.100.20", "https")).StatusCode);
    }

    [Fact]
    public async Task FromAnyOtherAddress_TheForwardedHeadersChangeNothing()
    {
        // The proxy is elsewhere: the client at 127.0.0.1 claims TLS and another address, and neither is believed.
        await using WebHost host = await WebHost.StartAsync(o => (o.TrustedProxyAddress, o.SignInAttemptsPerMinute) = ("192.0.2.10", 2));
        HttpClient client = await host.ClientAsync(null);

        HttpResponseMessage signIn = await SignInAsync(client, "analyst", WebHost.Password, "203.0.113.7", "https");

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", SessionCookieOf(signIn), StringComparison.OrdinalIgnoreCase);
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Assert.Equal("127.0.0.1", Assert.Single(AuditEntry.Search(store, "analyst", "sign-in", null, null, null, 10)).Client);
        }

        // A new address in every attempt does not escape the count.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "analyst", "guess", "203.0.113.8", null)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "analyst", "guess", "203.0.113.9", null)).StatusCode);
    }

    [Fact]
    public async Task TheIdentityHeader_IsStillCheckedAgainstTheProxy_NotTheForwardedAddress()
    {
        await using WebHost host = await WebHost.StartAsync(o => (o.TrustedProxyHeader, o.TrustedProxyAddress) = ("X-Remote-User", "127.0.0.1"));
        HttpClient proxy = await host.ClientAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("X-Remote-User", "supervisor");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        HttpResponseMessage r = await proxy.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("supervisor", (await r.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("user").GetString());
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password, string forwardedFor, string? scheme)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/session") { Content = JsonContent.Create(new { userName = user, password }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (scheme is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", scheme);
        }

        return await client.SendAsync(request);
    }

    private static string SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lantern.session=", StringComparison.Ordinal));
}
