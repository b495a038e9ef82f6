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
/// Fit times of the self-exciting forecasting methods (issue #5: grid SEPP under 0.2 s, continuous SEPP under 2 s on 20,000
/// events) on the generator's timestamped crimes: the last N events before a target day, over the generator's 10 × 10 km
/// town on a 150 m grid. Each fit runs three times after a warm-up; the middle time is reported with the fitted estimates.
/// Usage: harness forecast [--events N] [--area METRES] [--iterations N] [--threads N] (continuous SEPP's threads; default all)
/// </summary>
internal static class ForecastTiming
{
    public static int Run(string[] args)
    {
        int events = BacktestTiming.Option(args, "--events", 20_000);
        int side = BacktestTiming.Option(args, "--area", GeneratorOptions.DefaultAreaSideMetres);
        int iterations = BacktestTiming.Option(args, "--iterations", 20);
        double minSigma = BacktestTiming.Option(args, "--min-sigma", 10);
        int threads = BacktestTiming.Option(args, "--threads", -1);
        (ForecastEvents data, ForecastTarget target) = Load(events, side);
        var grid = new GridSpec(150);
        CellExtent extent = BacktestTiming.StudyArea(data, grid);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data.Count:N0} timestamped events over {side / 1000.0:0.#} × {side / 1000.0:0.#} km, target {target}, {extent}"));

        var gridSepp = new GridSeppMethod();
        GridSeppModel gridModel = Time("grid SEPP fit", () => gridSepp.Fit(data, grid, extent, target));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  θ {gridModel.Theta:F3}, ω {gridModel.Omega:F3} per day, {gridModel.Iterations} EM iterations, converged {gridModel.Converged}"));
        var neighbours = new GridSeppMethod(neighbourTriggering: true);
        GridSeppModel neighbourModel = Time("grid SEPP fit, neighbour triggering", () => neighbours.Fit(data, grid, extent, target));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  θ {neighbourModel.Theta:F3}, θ₁ {neighbourModel.NeighbourTheta:F4}, ω {neighbourModel.Omega:F3} per day, {neighbourModel.Iterations} EM iterations, converged {neighbourModel.Converged}"));

        var sepp = new ContinuousSeppMethod(iterations: iterations, minimumBandwidthMetres: minSigma) { MaxDegreeOfParallelism = threads };
        ContinuousSeppModel model = Time(threads > 0 ? $"continuous SEPP fit, at most {threads} threads" : "continuous SEPP fit",
            () => sepp.Fit(data, grid, extent, target));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  θ {model.Theta:F3}, {model.BackgroundCount:N0} background, mean delay {model.MeanTriggerDelay:F2} days, mean distance {model.MeanTriggerDistance:F0} m, {model.CandidatePairs:N0} candidate pairs (cap bound for {model.CappedChildren:N0} children, about {model.DroppedPairs:N0} left out, lost triggering {model.LostTriggerShare:P2}), {model.Iterations} iterations"));
        Time("continuous SEPP predict (one day)", () => model.Predict(target));
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return 0;
    }

    private static T Time<T>(string what, Func<T> run)
    {
        T result = run(); // warm-up: JIT and first-touch of memory
        double[] ms = new double[3];
        TimeSpan cpu = ProcessorTime();
        for (int i = 0; i < ms.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            result = run();
            ms[i] = clock.Elapsed.TotalMilliseconds;
        }

        // Processor time over all threads, a fit: the work done, which other load on the machine changes less than the clock.
        cpu = ProcessorTime() - cpu;
        Array.Sort(ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {ms[1]:F0} ms (runs {ms[0]:F0} .. {ms[2]:F0} ms; processor {cpu.TotalMilliseconds / ms.Length:F0} ms a fit)"));
        return result;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The last <paramref name="count"/> generated events before the target day (the day after the generated months).</summary>
    private static (ForecastEvents Events, ForecastTarget Target) Load(int count, int side)
    {
        // Generate a little more than needed over twelve months, then keep the latest events.
        var options = GeneratorOptions.EndingBefore(new YearMonth(2025, 1), months: 12) with { Events = count + (count / 10), AreaSideMetres = side };
        var builder = new CrimePointsBuilder(count + (count / 5));
        HarmTable harm = HarmTable.Default;
        foreach (SyntheticCrime c in SyntheticForce.Generate(options))
        {
            builder.Add(c.Easting, c.Northing, c.Category, harm.WeightOf(c.Category), c.Month, c.From, c.To);
        }

        var target = ForecastTarget.Day(options.LastMonth.LastDay.AddDays(1));
        ForecastEvents all = ForecastEvents.FromCrimes(builder.Build(), TimeResolution.Timestamp, EventWeighting.Count);
        double from = all.Count > count ? all.Time[all.Count - count] : double.NegativeInfinity;
        ForecastEvents latest = ForecastEvents.FromArrays(TimeResolution.Timestamp, Slice(all.Easting, all.Time, from), Slice(all.Northing, all.Time, from),
            Slice(all.Time, all.Time, from));
        return (latest, target);
    }

    private static double[] Slice(ReadOnlySpan<double> values, ReadOnlySpan<double> time, double from)
    {
        var kept = new List<double>(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            if (time[i] >= from)
            {
                kept.Add(values[i]);
            }
        }

        return [.. kept];
    }
}
