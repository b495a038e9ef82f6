using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Tasking;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Bench.Harness;

/// <summary>
/// Reading a force's crimes from a SQLite store, as a tasking list does: every month (what the web keeps in memory), and
/// the 24 months a default list reads. Three rounds each, so the first (page cache and JIT cold) shows apart. Then the
/// time of a list's own computation on those crimes.
/// Usage: harness load DB FORCE
/// </summary>
internal static class CrimeLoad
{
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("harness load DB FORCE");
            return 2;
        }

        (string db, string force) = (args[0], args[1]);
        using LanternStore store = LanternStore.Open(db);
        YearMonth last = CrimeQuery.LatestMonth(store, force) ?? throw new InvalidOperationException($"no crimes for {force} in {db}");
        var window = new CrimeSelection(force, last.PlusMonths(-23), last);
        CrimeHistory history = null!;
        for (int round = 1; round <= 3; round++)
        {
            var clock = Stopwatch.StartNew();
            history = CrimeQuery.LoadHistory(store, force, HarmTable.Default);
            TimeSpan all = clock.Elapsed;
            clock.Restart();
            LoadedCrimes cut = history.Select(window);
            TimeSpan select = clock.Elapsed;
            clock.Restart();
            LoadedCrimes read = CrimeQuery.Load(store, window, HarmTable.Default);
            TimeSpan load = clock.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: every month {history.Points.Count:N0} crimes in {all.TotalMilliseconds:F0} ms; " +
                $"24 months from memory {cut.Points.Count:N0} in {select.TotalMilliseconds:F0} ms; 24 months read {read.Points.Count:N0} in {load.TotalMilliseconds:F0} ms"));
        }

        // The computation a new list pays on these crimes, in the order the store gives them (the generator's order can
        // flatter it): the robust study area and the list itself, fastest of ten after a first run.
        LoadedCrimes crimes = history.Select(window);
        var options = new TaskingOptions(last.PlusMonths(1).FirstDay, seed: 1);
        (double area, double list) = (double.MaxValue, double.MaxValue);
        for (int run = 0; run <= 10; run++)
        {
            var clock = Stopwatch.StartNew();
            StudyAreas.Robust(crimes.Points, options.Grid);
            TimeSpan robust = clock.Elapsed;
            clock.Restart();
            TaskingAnalysis.Run(crimes.Points, options);
            (area, list) = run == 0 ? (area, list) : (Math.Min(area, robust.TotalMilliseconds), Math.Min(list, clock.Elapsed.TotalMilliseconds));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"on the 24 months, fastest of ten: robust study area {area:F1} ms; tasking list {list:F1} ms"));
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return 0;
    }
}
