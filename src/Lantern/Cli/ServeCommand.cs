using System.CommandLine;
using Lantern.Data.Store;
using Lantern.Web;

namespace Lantern.Cli;

/// <summary><c>lantern serve</c>: the web app, bound to 127.0.0.1 unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to bind (127.0.0.1: this machine only; 0.0.0.0 behind a reverse proxy)", DefaultValueFactory = _ => "127.0.0.1" };
        var tiles = new Option<string?>("--tile-url") { Description = "Map tile URL template (e.g. a force's own tile server). Default: none, boundaries only" };
        var proxyHeader = new Option<string?>("--trusted-proxy-header") { Description = "Accept the signed-in user's name from this header (reverse-proxy SSO; see docs/web.md)" };
        var proxyAddress = new Option<string?>("--trusted-proxy-address")
        {
            Description = "The reverse proxy in front of Lantern (e.g. one that ends TLS): its X-Forwarded-For and X-Forwarded-Proto, " +
                "and the identity header, are believed from this address only",
        };
        var maxUpload = new Option<int>("--max-upload-mb")
        {
            Description = "Largest file an analyst may upload to import, in MB (the import page and API only)",
            DefaultValueFactory = _ => new LanternWebOptions().MaxUploadMegabytes,
        };
        var command = new Command("serve", "Start the web app: tasking map, publishing, patrol view, imports, accounts and the audit log")
        {
            port, host, tiles, proxyHeader, proxyAddress, maxUpload,
        };
        command.SetAction(async (parse, ct) =>
        {
            LanternWebOptions options = FromEnvironment(context);
            options.Database = global.DbPath(parse, context);
            Given(parse, tiles, v => options.TileUrl = v);
            Given(parse, proxyHeader, v => options.TrustedProxyHeader = v);
            Given(parse, proxyAddress, v => options.TrustedProxyAddress = v);
            Given(parse, maxUpload, v => options.MaxUploadMegabytes = v);
            Check(options);
            return await RunAsync(context, options, parse.GetRequiredValue(host), parse.GetValue(port), ct);
        });
        return command;
    }

    /// <summary>The environment variable that sets a setting, as ASP.NET Core names configuration keys ("Lantern:Web:X").</summary>
    public static string Variable(string setting) => "Lantern__Web__" + setting;

    /// <summary>
    /// The server's settings from environment variables <c>Lantern__Web__&lt;Setting&gt;</c> (a systemd unit's
    /// <c>Environment=Lantern__Web__MaximumSessionAge=08:00:00</c>), over the defaults; options given to <c>serve</c> win over
    /// them. Not the database (<c>--db</c>, <c>LANTERN_DB</c>) nor production mode, which only <c>lantern demo</c> turns off.
    /// </summary>
    internal static LanternWebOptions FromEnvironment(CliContext context)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Reflection.PropertyInfo p in typeof(LanternWebOptions).GetProperties())
        {
            if (p.Name is not (nameof(LanternWebOptions.Database) or nameof(LanternWebOptions.Production)) && context.Environment(Variable(p.Name)) is { } value)
            {
                values[p.Name] = value;
            }
        }

        var options = new LanternWebOptions();
        foreach ((string name, string? value) in values)
        {
            try
            {
                new ConfigurationBuilder().AddInMemoryCollection([new(name, value)]).Build().Bind(options);
            }
            catch (InvalidOperationException)
            {
                string kind = typeof(LanternWebOptions).GetProperty(name)!.PropertyType == typeof(TimeSpan) ? "a duration (hh:mm:ss)" : "a number";
                throw new CliException($"{Variable(name)}: '{value}' is not {kind}", ExitCodes.Usage);
            }
        }

        return options;
    }

    private static void Given<T>(ParseResult parse, Option<T> option, Action<T> set)
    {
        if (parse.GetResult(option) is { Implicit: false })
        {
            set(parse.GetValue(option)!);
        }
    }

    // Settings that cannot work are refused before anything starts, named as the user set them (option or variable).
    private static void Check(LanternWebOptions options)
    {
        if (options.MaxUploadMegabytes < 1)
        {
            throw new CliException($"--max-upload-mb ({Variable(nameof(options.MaxUploadMegabytes))}): {options.MaxUploadMegabytes} is not a size (at least 1 MB)",
                ExitCodes.Usage);
        }

        foreach ((string name, double value) in new (string, double)[]
        {
            (nameof(options.LockoutAttempts), options.LockoutAttempts), (nameof(options.LockoutMinutes), options.LockoutMinutes),
            (nameof(options.SignInAttemptsPerMinute), options.SignInAttemptsPerMinute), (nameof(options.MaximumSessionAge), options.MaximumSessionAge.TotalSeconds),
            (nameof(options.ImportWatchInterval), options.ImportWatchInterval.TotalSeconds),
        })
        {
            if (value <= 0)
            {
                throw new CliException($"{Variable(name)}: must be more than zero", ExitCodes.Usage);
            }
        }

        if (options.ImportWatchInterval > TimeSpan.FromDays(1))
        {
            throw new CliException($"{Variable(nameof(options.ImportWatchInterval))}: at most a day (24:00:00)", ExitCodes.Usage);
        }

        if (options.TrustedProxyHeader is not null && options.TrustedProxyAddress is null)
        {
            throw new CliException("--trusted-proxy-header needs --trusted-proxy-address: the header is believed only from the proxy", ExitCodes.Usage);
        }

        if (options.TrustedProxyAddress is { } address && !System.Net.IPAddress.TryParse(address, out _))
        {
            throw new CliException($"--trusted-proxy-address: '{address}' is not an IP address", ExitCodes.Usage);
        }
    }

    internal static async Task<int> RunAsync(CliContext context, LanternWebOptions options, string host, int port, CancellationToken ct)
    {
        using (LanternStore store = LanternStore.Open(options.Database))
        {
            if (options.Production && !Account.List(store).Any(a => a.RoleList.Contains(Web.Security.Roles.Administrator) && !a.IsDisabled))
            {
                throw new CliException($"{store.Name} has no administrator account: create one first with " +
                    "'lantern users add NAME --role administrator' (no default password is ever set).");
            }
        }

        string shown = LanternStore.DisplayName(options.Database); // never the password of a server URL
        string url = $"http://{host}:{port}";
        await using WebApplication app = LanternWeb.Build(options, url, context.Time);
        await app.StartAsync(ct);
        await context.Out.WriteLineAsync($"Lantern is serving {shown} at {url}/ (Ctrl+C to stop).");
        await app.WaitForShutdownAsync(ct);
        return ExitCodes.Ok;
    }
}
