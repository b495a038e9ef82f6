using System.Diagnostics;
using System.Globalization;
using Lantern.Data.Formats;
using Lantern.Data.Import;
using Lantern.Data.Store;

namespace Lantern.Bench.Harness;

/// <summary>
/// Timed end-to-end runs that BenchmarkDotNet is the wrong shape for (whole imports, scale series). Each prints the
/// figures that go in docs/BENCHMARKS.md: wall time, rows or events per second, and peak working set.
/// </summary>
internal static class TimedHarness
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("harness parse PATH... | harness import [--postgres URL] PATH... | harness hotspots [--max N] | harness load DB FORCE | harness stopsearch [--postgres URL] DATA_DIR | harness forecast [--events N] [--area METRES] [--iterations N] | harness backtest [--events N] [--area METRES] | harness scale --method M [--events N] [--area METRES] [--window DAYS] | harness offenders [--suspects N] [--rate-scale X]");
            return 2;
        }

        return args[0] switch
        {
            "parse" => Parse(args[1..]),
            "import" => Import(args[1..]),
            "hotspots" => HotspotScale.Run(args[1..]),
            "stopsearch" => StopSearchTiming.Run(args[1..]),
            "forecast" => ForecastTiming.Run(args[1..]),
            "backtest" => BacktestTiming.Run(args[1..]),
            "offenders" => OffenderTiming.Run(args[1..]),
            "scale" => ForecastScale.Run(args[1..]),
            "load" => CrimeLoad.Run(args[1..]),
            _ => Usage(args[0]),
        };
    }

    private static int Usage(string name)
    {
        Console.Error.WriteLine($"unknown harness '{name}'");
        return 2;
    }

    /// <summary>Parse + validate + project every row, writing nothing: the reader's own speed.</summary>
    private static int Parse(string[] paths)
    {
        using ImportSourceList sources = ImportSources.Expand(paths, out var errors);
        if (errors.Count > 0)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, errors));
            return 1;
        }

        for (int round = 0; round < 3; round++)
        {
            var sink = new CountingSink();
            var clock = Stopwatch.StartNew();
            long rows = 0, bytes = 0;
            foreach (ImportSource s in sources)
            {
                using Stream stream = s.Open();
                PoliceFileOpenResult open = PoliceFileReader.Open(stream, s.FileName);
                using PoliceFileReader reader = open.Reader ?? throw new InvalidOperationException(open.Error?.ToString());
                reader.ReadAll(sink, CancellationToken.None);
                rows += reader.RowsRead;
                bytes += s.Length;
            }

            clock.Stop();
            Report(round == 0 ? "parse (cold)" : "parse", rows, bytes, clock.Elapsed);
        }

        return 0;
    }

    /// <summary>
    /// The whole import into a new store, as 'lantern import' does it: a new SQLite file, or with <c>--postgres URL</c> a
    /// new database on that server (created beside the URL's database, dropped afterwards).
    /// </summary>
    private static int Import(string[] args)
    {
        string? server = args.Length >= 2 && args[0] == "--postgres" ? args[1] : null;
        using ImportSourceList sources = ImportSources.Expand(server is null ? args : args[2..], out var errors);
        if (errors.Count > 0)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, errors));
            return 1;
        }

        using IBenchStore target = server is null ? new SqliteBenchStore() : new PostgresBenchStore(server);
        var clock = Stopwatch.StartNew();
        long rows = 0, bytes = 0;
        using (LanternStore store = LanternStore.Open(target.Database))
        {
            var importer = new Importer(store, "bench", TimeProvider.System);
            rows = importer.ImportFiles(sources, null, CancellationToken.None).Sum(r => r.RowsRead);
            bytes = sources.Sum(s => s.Length);
        }

        clock.Stop();
        Report($"import into {target.Kind}", rows, bytes, clock.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database size {target.SizeBytes() / 1048576.0:F1} MiB"));
        return 0;
    }

    internal static void Report(string what, long rows, long bytes, TimeSpan elapsed)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {rows:N0} rows, {bytes / 1048576.0:F1} MiB in {elapsed.TotalSeconds:F2} s = {rows / elapsed.TotalSeconds:N0} rows/s; " +
            $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB, GC heap now {GC.GetTotalMemory(false) / 1048576.0:F0} MiB"));
    }

    private sealed class CountingSink : IRowSink
    {
        public long Count { get; private set; }

        public void Crime(long line, UInt128 key, CrimeRecord record) => Count++;

        public void Outcome(long line, UInt128 key, OutcomeRecord record) => Count++;

        public void StopSearch(long line, UInt128 key, StopSearchRecord record) => Count++;

        public void Reject(RowReject reject) => Count++;
    }
}
