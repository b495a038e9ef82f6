using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Time;
using Lantern.Data.Generation;

namespace Lantern.Bench.Harness;

/// <summary>
/// A 365-day rolling backtest of prospective hot-spotting (issue #5: under 10 s over 100,000 events on a 150 m grid): two
/// years of generated timestamped crimes, every day of the second year forecast from the days before it and scored at
/// 1, 2, 5, 10 and 20% coverage.
/// Usage: harness backtest [--events N] [--area METRES]
/// </summary>
internal static class BacktestTiming
{
    public static int Run(string[] args)
    {
        int events = Option(args, "--events", 100_000);
        int side = Option(args, "--area", 30_000);
        CrimePoints crimes = Generate(events, side, months: 24);
        ForecastEvents data = ForecastEvents.FromCrimes(crimes, TimeResolution.Timestamp, EventWeighting.Count);
        var grid = new GridSpec(150);
        CellExtent extent = StudyArea(data, grid);
        ForecastTarget[] days = Backtest.Daily(new DateOnly(2024, 1, 1), 366);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data.Count:N0} timestamped events over {side / 1000.0:0.#} × {side / 1000.0:0.#} km, {extent} ({extent.CellCount:N0} cells); {days.Length} days from {days[0]}"));

        var clock = Stopwatch.StartNew();
        BacktestResult result = Backtest.Run(new ProspectiveHotspotMethod(), data, grid, extent, days);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"prospective backtest: {clock.Elapsed.TotalSeconds:F2} s ({clock.Elapsed.TotalMilliseconds / days.Length:F1} ms a day)"));
        foreach (BacktestSummary s in result.Summaries())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {s.Coverage:P0}: hit rate {s.HitRate.Value:P1} ({s.HitRate.Low:P1}-{s.HitRate.High:P1}), PAI {s.MeanPai:F1}, PEI {s.Pei:F2}"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return 0;
    }

    /// <summary>The generator's timestamped crimes of <paramref name="months"/> months ending in December 2024, harm-weighted.</summary>
    internal static CrimePoints Generate(int events, int side, int months)
    {
        var options = GeneratorOptions.EndingBefore(new YearMonth(2025, 1), months) with { Events = events, AreaSideMetres = side };
        var builder = new CrimePointsBuilder(events + (events / 5));
        HarmTable harm = HarmTable.Default;
        foreach (SyntheticCrime c in SyntheticForce.Generate(options))
        {
            builder.Add(c.Easting, c.Northing, c.Category, harm.WeightOf(c.Category), c.Month, c.From, c.To);
        }

        return builder.Build();
    }

    /// <summary>The whole number after <paramref name="name"/> in the arguments, or <paramref name="otherwise"/>.</summary>
    internal static int Option(string[] args, string name, int otherwise)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : otherwise;
    }

    /// <summary>The cells covering every event.</summary>
    internal static CellExtent StudyArea(ForecastEvents data, GridSpec grid)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (int i = 0; i < data.Count; i++)
        {
            minX = Math.Min(minX, data.Easting[i]);
            maxX = Math.Max(maxX, data.Easting[i]);
            minY = Math.Min(minY, data.Northing[i]);
            maxY = Math.Max(maxY, data.Northing[i]);
        }

        return CellExtent.Covering(grid, minX, minY, maxX, maxY);
    }
}
