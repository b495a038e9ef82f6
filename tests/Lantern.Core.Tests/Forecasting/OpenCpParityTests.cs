using System.Globalization;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Core.Tasking;

namespace Lantern.Core.Tests.Forecasting;

/// <summary>
/// Parity with open_cp (QuantCrimAtLeeds/PredictCode): for the same 1,200 events, grid and parameters, each method with
/// open_cp's conventions selects the cells that open_cp's would at 1, 5, 10 and 20% coverage. open_cp cannot be installed
/// here, so the expected cells (opencp_parity.txt) were printed by <c>python3 tests/tools/opencp_parity.py</c>, an
/// independent standard-library re-implementation of what open_cp's documentation and code say each predictor and its
/// <c>top_slice</c> do; the events are drawn the same way on both sides from SplitMix64.
/// </summary>
public class OpenCpParityTests
{
    private const int Side = 30;
    private const int Days = 200;
    private static readonly GridSpec s_grid = new(150);

    // 450,000 and 199,950 m: the Python region's origin, on the national grid.
    private static readonly CellExtent s_area = new(3000, 1333, Side, Side);
    private static readonly DateOnly s_first = new(2024, 1, 1);
    private static readonly ForecastTarget s_target = ForecastTarget.Day(s_first.AddDays(Days));
    private static readonly ForecastEvents s_events = MakeEvents();
    private static readonly Dictionary<(string Method, double Coverage), HashSet<CellId>> s_expected = ReadExpected();

    public static TheoryData<string, double> Cases()
    {
        var data = new TheoryData<string, double>();
        foreach (string method in new[] { "naive", "retro", "prospective", "kde", "sepp" })
        {
            foreach (double coverage in new[] { 0.01, 0.05, 0.10, 0.20 })
            {
                data.Add(method, coverage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Select_OpenCpConventions_SameCellsAsOpenCp(string method, double coverage)
    {
        IForecastMethod forecaster = method switch
        {
            "naive" => new NaiveCountMethod(),
            "retro" => new RetrospectiveHotspotMethod(SpatialKernel.Quartic, 200),
            "prospective" => new ProspectiveHotspotMethod(8, CellDistance.Chebyshev, ForecastPeriod.Weeks(8), ForecastPeriod.Weeks(1)),
            "kde" => new KernelDensityForecastMethod(TimeDecay.Exponential, ForecastPeriod.Days(14), bandwidthMetres: 100),
            _ => new GridSeppMethod(edgeCorrection: false, intensity: SeppIntensity.Instant, observation: ObservationWindow.FirstToLastEvent,
                tolerance: 1e-9),
        };
        RiskSurface risk = forecaster.Fit(s_events, s_grid, s_area, s_target).Predict(s_target);

        HashSet<CellId> chosen = [.. risk.Select(coverage, CoverageTies.OpenCp)];

        HashSet<CellId> expected = s_expected[(method, coverage)];
        Assert.Equal(expected.Count, chosen.Count);
        Assert.True(expected.SetEquals(chosen),
            $"{method} at {coverage:P0}: open_cp only {string.Join(" ", expected.Except(chosen))}; Lantern only {string.Join(" ", chosen.Except(expected))}");
    }

    /// <summary>The events of opencp_parity.py's make_events, draw for draw.</summary>
    private static ForecastEvents MakeEvents()
    {
        const double X0 = 450_000, Y0 = 199_950, Width = Side * 150;
        var rng = new SplitMix64(2004);
        var centres = new (double X, double Y)[6];
        for (int i = 0; i < centres.Length; i++)
        {
            double cx = X0 + 600 + (rng.NextDouble() * 3300);
            centres[i] = (cx, Y0 + 600 + (rng.NextDouble() * 3300));
        }

        var used = new HashSet<long>();
        var events = new List<(long Minute, double X, double Y)>();
        for (int k = 0; k < 1200; k++)
        {
            double x, y;
            long minute;
            if (events.Count > 0 && rng.NextDouble() < 0.3)
            {
                (long pm, double px, double py) = events[(int)(rng.NextDouble() * events.Count)];
                x = px + ((rng.NextDouble() - 0.5) * 100);
                y = py + ((rng.NextDouble() - 0.5) * 100);
                double u = rng.NextDouble();
                minute = pm + 1 + (long)(u * u * 6 * 1440);
                if (minute >= Days * 1440)
                {
                    minute = (long)(rng.NextDouble() * Days * 1440);
                }
            }
            else
            {
                if (rng.NextDouble() < 0.6)
                {
                    (double cx, double cy) = centres[(int)(rng.NextDouble() * 6)];
                    x = cx + ((rng.NextDouble() - 0.5) * 600);
                    y = cy + ((rng.NextDouble() - 0.5) * 600);
                }
                else
                {
                    x = X0 + (rng.NextDouble() * Width);
                    y = Y0 + (rng.NextDouble() * Width);
                }

                minute = (long)(rng.NextDouble() * Days * 1440);
            }

            x = Math.Min(Math.Max(x, X0 + 1), X0 + Width - 1);
            y = Math.Min(Math.Max(y, Y0 + 1), Y0 + Width - 1);
            while (!used.Add(minute))
            {
                minute++;
            }

            events.Add((minute, x, y));
        }

        double start = s_first.DayNumber;
        return ForecastEvents.FromArrays(TimeResolution.Timestamp, [.. events.Select(e => e.X)], [.. events.Select(e => e.Y)],
            [.. events.Select(e => start + (e.Minute / 1440.0))]);
    }

    private static Dictionary<(string, double), HashSet<CellId>> ReadExpected()
    {
        var expected = new Dictionary<(string, double), HashSet<CellId>>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Forecasting", "opencp_parity.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cells = new HashSet<CellId>();
            foreach (string cell in parts.Skip(2))
            {
                string[] cr = cell.Split(',');
                cells.Add(new CellId(s_area.MinColumn + int.Parse(cr[0], CultureInfo.InvariantCulture),
                    s_area.MinRow + int.Parse(cr[1], CultureInfo.InvariantCulture)));
            }

            expected[(parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture))] = cells;
        }

        return expected;
    }
}
