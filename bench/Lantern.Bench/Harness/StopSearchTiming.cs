using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Lantern.Analysis;
using Lantern.Analysis.Scrutiny;
using Lantern.Web;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Formats.Population;
using Lantern.Data.Import;
using Lantern.Data.Store;

namespace Lantern.Bench.Harness;

/// <summary>
/// Issue #4's speed target: every figure of the stop-and-search summary for 30 months of Met searches (about 400,000),
/// from the store, under 500 ms. Imports the Met's stop-and-search files from 2021-06 on, Census 2021 by MSOA and the
/// lookups into a new store (SQLite, or PostgreSQL with --postgres URL), then times the summary: the denominators,
/// reading the searches and every count and interval; then the dashboard's work as its pages do it (the summary run
/// recorded, the borough table, the scrutiny report) and the pages themselves over HTTP from the web app on the same store.
/// Usage: harness stopsearch [--postgres URL] DATA_DIR
/// </summary>
internal static class StopSearchTiming
{
    private static readonly YearMonth s_from = new(2021, 6), s_to = new(2023, 12);

    public static int Run(string[] args)
    {
        string? server = args.Length >= 2 && args[0] == "--postgres" ? args[1] : null;
        string data = server is null ? (args.Length > 0 ? args[0] : "../shared/data") : (args.Length > 2 ? args[2] : "../shared/data");
        string[] files = [.. Directory.GetFiles(Path.Combine(data, "police"), "*-metropolitan-stop-and-search.csv", SearchOption.AllDirectories)
            .Where(f => string.CompareOrdinal(Path.GetFileName(f), "2021-06") >= 0).Order(StringComparer.Ordinal)];
        using IBenchStore target = server is null ? new SqliteBenchStore() : new PostgresBenchStore(server);
        using LanternStore store = LanternStore.Open(target.Database);
        var setup = Stopwatch.StartNew();
        var importer = new Importer(store, "bench", TimeProvider.System);
        using ImportSourceList expanded = ImportSources.Expand(files, out _);
        foreach (ImportSource s in expanded)
        {
            importer.ImportFile(s, null, null, CancellationToken.None);
        }

        foreach (string f in new[] { "population/census2021-ts021-msoa.csv", "geo/london-lsoa-2021-to-borough.csv", "population/lad16-to-police-force-area.csv" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(data, f));
            PopulationStore.Import(store, PopulationFileReader.Read(new MemoryStream(bytes), f, null), bytes, "bench", TimeProvider.System);
        }

        var boroughs = new GeoJsonAreaReader().ReadAreas(File.ReadAllBytes(Path.Combine(data, "geo/london-boroughs-2022.geojson")), "boroughs",
            GeoJsonAreaOptions.ForLevel("borough")!);
        AreaStore.Import(store, "borough", boroughs, [], TimeProvider.System);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Kind}: {files.Length} files imported with the census and lookups in {setup.Elapsed.TotalSeconds:F1} s"));

        Time("whole force, self-defined", () => Summary(store, "force", "metropolitan", null));
        Time("Lambeth (E09000022), point in polygon", () => Summary(store, "borough", "E09000022", AreaStore.Find(store, "E09000022")));

        // The dashboard's work as its pages do it: the summary run recorded (the figures with their JSON), every borough at
        // once, the scrutiny panel's month; then the pages themselves over HTTP from the web app on this store.
        var request = new StopSearchRequest { Force = "metropolitan", From = s_from.ToString(), To = s_to.ToString(), By = "bench" };
        Time("summary run, recorded (the summary page's figures)", () => StopSearchRun.Compute(store, request, TimeProvider.System).Summary);
        Time("every borough at once, recorded", () => BoroughTableRun.Compute(store, request, TimeProvider.System).Summary);
        Time("scrutiny report of 2023-12, suppressed and recorded", () =>
        {
            ScrutinyReportRun.Compute(store, "metropolitan", "2023-12", "bench", "bench", null, TimeProvider.System);
            return null;
        });
        Time("veil of darkness, recorded (officer-defined, force)", () =>
        {
            VeilRun.Compute(store, new VeilRequest { Force = "metropolitan", From = s_from.ToString(), To = s_to.ToString(), By = "bench" }, TimeProvider.System);
            return null;
        });
        Pages(target.Database).GetAwaiter().GetResult();
        return 0;
    }

    // The pages as a browser gets them: the web app on 127.0.0.1 over the same store, an analyst and a scrutiny panel member signed in.
    private static async Task Pages(string database)
    {
        using (LanternStore store = LanternStore.Open(database))
        {
            AccountService.Create(store, new AccountForm("bench-analyst", "Bench", Password, [Roles.Analyst], null, null), "bench", DateTimeOffset.UtcNow, null);
            AccountService.Create(store, new AccountForm("bench-panel", "Bench", Password, [Roles.Scrutiny], null, null), "bench", DateTimeOffset.UtcNow, null);
        }

        await using WebApplication app = LanternWeb.Build(new LanternWebOptions { Database = database, SignInAttemptsPerMinute = 1000 }, "http://127.0.0.1:0",
            TimeProvider.System, l => l.ClearProviders());
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        string period = $"force=metropolitan&from={s_from}&to={s_to}";
        using HttpClient analyst = await SignedIn(address, "bench-analyst"), panel = await SignedIn(address, "bench-panel");
        await Page(analyst, $"page /stop-search ({s_from}..{s_to})", $"stop-search?{period}");
        await Page(analyst, "page /stop-search/boroughs", $"stop-search/boroughs?{period}");
        await Page(panel, "page /stop-search/scrutiny (2023-12)", "stop-search/scrutiny?force=metropolitan&month=2023-12");
        await Page(analyst, "page /stop-search/veil (the test itself)", $"stop-search/veil?{period}", rounds: 3);
        await app.StopAsync();
    }

    private const string Password = "bench-password-2026";

    private static async Task<HttpClient> SignedIn(Uri address, string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), UseCookies = true }) { BaseAddress = address };
        (await client.PostAsJsonAsync("api/session", new { userName = user, password = Password })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task Page(HttpClient client, string what, string path, int rounds = 9)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        long bytes = 0;
        for (int i = 0; i < rounds; i++)
        {
            using var process = Process.GetCurrentProcess();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            using HttpResponseMessage r = await client.GetAsync(path);
            bytes = (await r.Content.ReadAsByteArrayAsync()).Length;
            r.EnsureSuccessStatusCode();
            wall.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        List<double> warm = [.. wall.Skip(1).Order()], warmCpu = [.. cpu.Skip(1).Order()];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {bytes / 1024.0:F0} kB; first {wall[0]:F0} ms, then median {warm[warm.Count / 2]:F0} ms (min {warm[0]:F0}, max {warm[^1]:F0}; processor time median {warmCpu[warmCpu.Count / 2]:F0} ms)"));
    }

    private static StopSearchSummary Summary(LanternStore store, string level, string code, StoredArea? area)
    {
        AreaResidents residents = PopulationQuery.Find(store, level, code, null).Residents ?? throw new InvalidOperationException("no residents");
        var builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(s_from, s_to) { Residents = residents.Groups });
        StopSearchQuery.Load(store, new StopSearchSelection("metropolitan", s_from, s_to), builder, area);
        return builder.Build();
    }

    private static void Time(string what, Func<StopSearchSummary?> run)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        StopSearchSummary? s = null;
        for (int i = 0; i < 9; i++)
        {
            using var process = Process.GetCurrentProcess();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            s = run();
            wall.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        string figures = s is null ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"{s.Total.Searches:N0} searches, {s.Months.Count} months, Black/White {s.Disproportionality![1].RatioToWhite!.Value:F2}; ");
        List<double> warm = [.. wall.Skip(1).Order()], warmCpu = [.. cpu.Skip(1).Order()];
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {figures}first run {wall[0]:F0} ms, then median {warm[warm.Count / 2]:F0} ms " +
            $"(min {warm[0]:F0}, max {warm[^1]:F0}; processor time median {warmCpu[warmCpu.Count / 2]:F0} ms); " +
            $"peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MiB"));
    }
}
