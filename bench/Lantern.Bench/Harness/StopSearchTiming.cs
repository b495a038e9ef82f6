using System.Diagnostics;
using System.Globalization;
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
/// reading the searches and every count and interval. Usage: harness stopsearch [--postgres URL] DATA_DIR
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
        foreach (ImportSource s in ImportSources.Expand(files, out _))
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
        return 0;
    }

    private static StopSearchSummary Summary(LanternStore store, string level, string code, StoredArea? area)
    {
        AreaResidents residents = PopulationQuery.Find(store, level, code, null).Residents ?? throw new InvalidOperationException("no residents");
        var builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(s_from, s_to) { Residents = residents.Groups });
        StopSearchQuery.Load(store, new StopSearchSelection("metropolitan", s_from, s_to), builder, area is null ? null : AreaStore.Inside(area));
        return builder.Build();
    }

    private static void Time(string what, Func<StopSearchSummary> run)
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

        double black = s!.Disproportionality![1].RatioToWhite!.Value;
        List<double> warm = [.. wall.Skip(1).Order()], warmCpu = [.. cpu.Skip(1).Order()];
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {s.Total.Searches:N0} searches, {s.Months.Count} months; first run {wall[0]:F0} ms, then median {warm[warm.Count / 2]:F0} ms " +
            $"(min {warm[0]:F0}, max {warm[^1]:F0}; processor time median {warmCpu[warmCpu.Count / 2]:F0} ms); Black/White {black:F2}; " +
            $"peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MiB"));
    }
}
