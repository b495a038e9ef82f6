using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;

namespace Lantern.Bench.Harness;

/// <summary>
/// The scale curve of issue #5: one forecasting method fitted to N generated timestamped events (a year of the synthetic
/// force over a large area) and forecasting the next day, with the time of the fit and of the forecast and the process's
/// peak working set. One method and size a process, so that the peak is that method's: a shell loop makes the curve
/// (docs/BENCHMARKS.md).
/// Usage: harness scale --method naive|retro|prospective|kde|gridsepp|sepp [--events N] [--area METRES] [--window DAYS]
///   [--max-parents K] (continuous SEPP's cap on parents a child; 0 for none; its default otherwise)
/// </summary>
internal static class ForecastScale
{
    public static int Run(string[] args)
    {
        int i = Array.IndexOf(args, "--method");
        string name = i >= 0 && i + 1 < args.Length ? args[i + 1] : "naive";
        int events = BacktestTiming.Option(args, "--events", 100_000);
        int side = BacktestTiming.Option(args, "--area", 60_000);
        // Fit on the last DAYS days only (the methods' window parameter); 0, the default, is all history.
        int days = BacktestTiming.Option(args, "--window", 0);
        ForecastPeriod? window = days > 0 ? ForecastPeriod.Days(days) : null;
        int cap = BacktestTiming.Option(args, "--max-parents", ContinuousSeppMethod.DefaultMaxParents);
        IForecastMethod method = name switch
        {
            "naive" => new NaiveCountMethod(window),
            "retro" => new RetrospectiveHotspotMethod(window: window),
            "prospective" => new ProspectiveHotspotMethod(),
            "kde" => new KernelDensityForecastMethod(window: window),
            "gridsepp" => new GridSeppMethod(window: window),
            "sepp" => new ContinuousSeppMethod(seed: 1, window: window, maxParents: cap > 0 ? cap : null),
            _ => throw new ArgumentException($"--method {name}: not a method (naive, retro, prospective, kde, gridsepp, sepp)"),
        };

        var generate = Stopwatch.StartNew();
        ForecastEvents data = ForecastEvents.FromCrimes(BacktestTiming.Generate(events, side, months: 12), TimeResolution.Timestamp, EventWeighting.Count);
        var grid = new GridSpec(150);
        CellExtent extent = BacktestTiming.StudyArea(data, grid);
        var target = ForecastTarget.Day(new DateOnly(2025, 1, 1));
        generate.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long before = process.PeakWorkingSet64;

        var fit = Stopwatch.StartNew();
        IForecastModel model = method.Fit(data, grid, extent, target);
        fit.Stop();
        var predict = Stopwatch.StartNew();
        RiskSurface risk = model.Predict(target);
        predict.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12}{(days > 0 ? $" (window {days} days)" : "")} {data.Count,10:N0} events {side / 1000.0:0.#} km ({extent.CellCount:N0} cells): fit {fit.Elapsed.TotalSeconds,8:F2} s, " +
            $"forecast {predict.Elapsed.TotalSeconds,6:F2} s, peak working set {process.PeakWorkingSet64 / 1048576.0,7:F0} MiB " +
            $"(after generating {before / 1048576.0:F0} MiB; generating {generate.Elapsed.TotalSeconds:F1} s); top cell risk {risk.Risk.ToArray().Max():G4}"));
        if (model is ContinuousSeppModel sepp)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  θ {sepp.Theta:F3}, {sepp.CandidatePairs:N0} candidate pairs kept (max parents {sepp.MaxParents?.ToString(CultureInfo.InvariantCulture) ?? "no cap"}): cap bound for {sepp.CappedChildren:N0} children, " +
                $"about {sepp.DroppedPairs:N0} pairs left out, estimated lost triggering {sepp.LostTriggerShare:P2} (parents {sepp.LostParentShare:P2})"));
        }

        return 0;
    }
}
