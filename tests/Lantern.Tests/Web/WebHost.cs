using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Data.Store;
using Lantern.Tests.Shared.Store;
using Lantern.Web;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lantern.Tests.Web;

/// <summary>
/// The real web app on 127.0.0.1 (a free port) over a fresh SQLite file, or a fresh PostgreSQL schema
/// (<see cref="StartAsync(bool, TimeProvider)"/>), with one account per role. As a class fixture, disposed after the test class.
/// </summary>
public sealed class WebHost : IAsyncLifetime, IAsyncDisposable
{
    public const string Password = "correct-horse-battery";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "lantern-web-" + Guid.NewGuid().ToString("N"));
    private readonly TestSchema? _schema;
    private readonly Action<LanternWebOptions>? _configure;
    private readonly string _listen = "http://127.0.0.1:0";
    private WebApplication? _app;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> _cookies = [];

    public WebHost()
    {
    }

    private WebHost(TestSchema? schema, TimeProvider time) => (_schema, _time) = (schema, time);

    private WebHost(Action<LanternWebOptions> configure, string listen, TimeProvider time) => (_configure, _listen, _time) = (configure, listen, time);

    private readonly TimeProvider _time = TimeProvider.System;

    /// <summary>What <c>--db</c> names: the SQLite file, or the PostgreSQL schema's URL.</summary>
    public string Database => _schema?.Url ?? Path.Combine(_dir, "web.db");

    /// <summary>
    /// A host of its own, started: on PostgreSQL (the test server; see <see cref="TestPostgres"/>) or on SQLite, with the
    /// clock <paramref name="time"/> (the system's when null).
    /// </summary>
    public static async Task<WebHost> StartAsync(bool postgres, TimeProvider? time = null)
    {
        var host = new WebHost(postgres ? TestPostgres.CreateSchema() : null, time ?? TimeProvider.System);
        await host.InitializeAsync();
        return host;
    }

    /// <summary>A host of its own on SQLite with settings of its own (sign-in limits, the proxy identity mode), listening on <paramref name="listen"/>.</summary>
    internal static async Task<WebHost> StartAsync(Action<LanternWebOptions> configure, string listen = "http://127.0.0.1:0", TimeProvider? time = null)
    {
        var host = new WebHost(configure, listen, time ?? TimeProvider.System);
        await host.InitializeAsync();
        return host;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    internal static readonly string[] s_users = ["administrator", "analyst", "supervisor", "officer", "scrutiny", "public-protection"];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        using (LanternStore store = LanternStore.Open(Database))
        {
            foreach (string role in s_users)
            {
                AccountService.Create(store, new AccountForm(role, role, Password, [role], "lantern-demo", null), "test", DateTimeOffset.UtcNow, null);
            }
        }

        var options = new LanternWebOptions { Database = Database, SignInAttemptsPerMinute = 1000 };
        _configure?.Invoke(options);
        _app = LanternWeb.Build(options, _listen, _time,
            l =>
            {
                l.ClearProviders();
                l.AddProvider(Requests);
                l.AddFilter<RequestLog>(RequestLog.Category, LogLevel.Information); // above the app's Warning for Microsoft.AspNetCore
            });
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
    }

    /// <summary>Stops the server as shutting it down does, keeping its store to look at; <see cref="DisposeAsync"/> removes it.</summary>
    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();

        Directory.Delete(_dir, recursive: true);
        _schema?.Dispose();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    internal IServiceProvider Services => _app!.Services;

    /// <summary>The server's request log: each request's method and address as the server logged it.</summary>
    public RequestLog Requests { get; } = new();

    /// <summary>A client signed in as <paramref name="user"/> (null: anonymous), not following redirects.</summary>
    public async Task<HttpClient> ClientAsync(string? user)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        _cookies.Add(client, handler.CookieContainer);
        if (user is not null)
        {
            HttpResponseMessage r = await client.PostAsJsonAsync("api/session", new { userName = user, password = Password });
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        }

        return client;
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/>, for a page's POST as the browser sends it.</summary>
    internal static async Task<string> FormTokenAsync(HttpClient client, string page) =>
        System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync(page),
            """name="__RequestVerificationToken" type="hidden" value="([^"]+)" """.TrimEnd()).Groups[1].Value;

    /// <summary>The session cookie a client of <see cref="ClientAsync"/> holds, as a Cookie header's value (a copy of it, as a thief would have).</summary>
    public string SessionCookie(HttpClient client) => $"lantern.session={CookieValue(client, "lantern.session")}";

    /// <summary>The value of a cookie a client of <see cref="ClientAsync"/> holds.</summary>
    public string CookieValue(HttpClient client, string name) =>
        _cookies.TryGetValue(client, out CookieContainer? jar) && jar.GetCookies(BaseAddress)[name] is { } c
            ? c.Value
            : throw new InvalidOperationException($"The client holds no {name} cookie.");

    /// <summary>A client signed in as <paramref name="user"/> that sends the session's antiforgery token with every call.</summary>
    public async Task<HttpClient> ApiClientAsync(string user)
    {
        HttpClient client = await ClientAsync(user);
        JsonElement session = await client.GetFromJsonAsync<JsonElement>("api/session");
        client.DefaultRequestHeaders.Add(LanternWeb.AntiforgeryHeader, session.GetProperty("antiforgery").GetProperty("token").GetString());
        return client;
    }
}
