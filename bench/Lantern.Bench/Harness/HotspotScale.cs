using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Tasking;
using Lantern.Core.Time;
using Lantern.Data.Generation;

namespace Lantern.Bench.Harness;

/// <summary>
/// Hot spots + Gi* + tasking from 10,000 to 10,000,000 generated crimes over a 60 × 60 km area on a 150 m grid: the
/// time of each step once the crimes are in memory, and the process's peak working set. With --repeat R each step is run
/// R more times after the first (which includes the JIT) and the median of those is shown.
/// Usage: harness hotspots [--max N] [--kde] [--repeat R]
/// </summary>
internal static class HotspotScale
{
    public static int Run(string[] args)
    {
        long max = 10_000_000;
        bool kde = false;
        int repeat = 0;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--max" && i + 1 < args.Length)
            {
                max = long.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--repeat" && i + 1 < args.Length)
            {
                repeat = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--kde")
            {
                kde = true;
            }
        }

        Console.WriteLine("crimes      load     aggregate+Gi*+concentration   tasking   study area   kde        peak working set");
        for (long n = 10_000; n <= max; n *= 10)
        {
            var generate = Stopwatch.StartNew();
            CrimePoints points = Load(n);
            generate.Stop();

            var options = new HotspotOptions { Methods = HotspotMethods.GetisOrd | HotspotMethods.Concentration };
            (HotspotResult result, double hot) = Timed(() => HotspotAnalysis.Run(points, options), repeat);
            var taskingOptions = new TaskingOptions(YearMonth.FromIndex(points.MonthIndex[points.Count - 1]).PlusMonths(1).FirstDay, seed: 1);
            (TaskingList list, double task) = Timed(() => TaskingAnalysis.Run(points, taskingOptions), repeat);

            // The robust study area the CLI and the web choose for every list when none is given (StudyAreas.Robust).
            (_, double area) = Timed(() => StudyAreas.Robust(points, taskingOptions.Grid), repeat);

            string kdeTime = "-";
            if (kde)
            {
                var k = Stopwatch.StartNew();
                HotspotAnalysis.Run(points, new HotspotOptions { Methods = HotspotMethods.KernelDensity });
                k.Stop();
                kdeTime = $"{k.Elapsed.TotalMilliseconds,7:F0} ms";
            }

            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{points.Count,10:N0}  {generate.Elapsed.TotalSeconds,5:F1} s  {hot,10:F0} ms ({result.Counts.OccupiedCount:N0} cells)       " +
                $"{task,6:F0} ms  {area,7:F1} ms  {kdeTime,-9}  {process.PeakWorkingSet64 / 1048576.0,6:F0} MiB   top place harm {list.Places[0].Harm:N0}"));
        }

        return 0;
    }

    /// <summary>The result of <paramref name="step"/> and its time in ms: of the first run, or the median of the next <paramref name="repeat"/>.</summary>
    private static (T Result, double Milliseconds) Timed<T>(Func<T> step, int repeat)
    {
        var watch = Stopwatch.StartNew();
        T result = step();
        double first = watch.Elapsed.TotalMilliseconds;
        if (repeat == 0)
        {
            return (result, first);
        }

        double[] times = new double[repeat];
        for (int r = 0; r < repeat; r++)
        {
            watch.Restart();
            result = step();
            times[r] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (result, times[repeat / 2]);
    }

    /// <summary>Streams generated crimes of a 60 × 60 km force into columns, weighting each by the default harm table.</summary>
    private static CrimePoints Load(long n)
    {
        var options = GeneratorOptions.EndingBefore(new YearMonth(2025, 1), months: 24) with { Events = n, AreaSideMetres = 60_000 };
        var builder = new CrimePointsBuilder((int)Math.Min(n + (n / 10), int.MaxValue / 2));
        HarmTable harm = HarmTable.Default;
        foreach (SyntheticCrime c in SyntheticForce.Generate(options))
        {
            builder.Add(c.Easting, c.Northing, c.Category, harm.WeightOf(c.Category), c.Month, c.From, c.To);
        }

        return builder.Build();
    }
}
