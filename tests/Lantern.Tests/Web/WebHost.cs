using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Data.Store;
using Lantern.Web;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lantern.Tests.Web;

/// <summary>
/// The real web app on 127.0.0.1 (a free port) over a fresh SQLite file, with one account per role. Disposed after the
/// test class.
/// </summary>
public sealed class WebHost : IAsyncLifetime
{
    public const string Password = "correct-horse-battery";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "lantern-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string Database => Path.Combine(_dir, "web.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    internal static readonly string[] s_users = ["administrator", "analyst", "supervisor", "officer", "scrutiny"];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        using (SqliteStore store = SqliteStore.Open(Database))
        {
            foreach (string role in s_users)
            {
                AccountService.Create(store, new AccountForm(role, role, Password, [role], "lantern-demo", null), "test", DateTimeOffset.UtcNow, null);
            }
        }

        _app = LanternWeb.Build(new LanternWebOptions { Database = Database, SignInAttemptsPerMinute = 1000 }, "http://127.0.0.1:0", TimeProvider.System,
            l => l.ClearProviders());
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }

    internal IServiceProvider Services => _app!.Services;

    /// <summary>A client signed in as <paramref name="user"/> (null: anonymous), not following redirects.</summary>
    public async Task<HttpClient> ClientAsync(string? user)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        if (user is not null)
        {
            HttpResponseMessage r = await client.PostAsJsonAsync("api/session", new { userName = user, password = Password });
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        }

        return client;
    }

    /// <summary>A client signed in as <paramref name="user"/> that sends the session's antiforgery token with every call.</summary>
    public async Task<HttpClient> ApiClientAsync(string user)
    {
        HttpClient client = await ClientAsync(user);
        JsonElement session = await client.GetFromJsonAsync<JsonElement>("api/session");
        client.DefaultRequestHeaders.Add(LanternWeb.AntiforgeryHeader, session.GetProperty("antiforgery").GetProperty("token").GetString());
        return client;
    }
}
