using Lantern.Core.Geography;
using Lantern.Core.Time;
using MathNet.Numerics.Distributions;

namespace Lantern.Core.Forecasting;

/// <summary>
/// Rolling-origin backtesting (issue #5): for every target in a period, fit the method on the events known before it,
/// forecast, and score the forecast on the events of the target, as the literature does (Chainey et al. 2008; Mohler et
/// al. 2015). Nothing from a target or after it reaches its forecast.
/// </summary>
public static class Backtest
{
    /// <summary>The coverages issue #5 asks for: 1, 2, 5, 10 and 20% of the area.</summary>
    public static IReadOnlyList<double> StandardCoverages { get; } = [0.01, 0.02, 0.05, 0.10, 0.20];

    /// <summary>Backtests one method.</summary>
    /// <param name="method">The method.</param>
    /// <param name="events">The events the method learns from.</param>
    /// <param name="grid">The grid.</param>
    /// <param name="extent">The study area.</param>
    /// <param name="targets">The targets, each fitted for afresh.</param>
    /// <param name="coverages">Shares of the study area to score, each 0 to 1; <see cref="StandardCoverages"/> when null.</param>
    /// <param name="ties">How ties at a coverage's cut-off are settled.</param>
    /// <param name="scoring">The events to score against (their weights as harm), or null for <paramref name="events"/>: pass
    /// harm-weighted events here to score harm captured while the method learns from counts.</param>
    /// <param name="studyCells">When the study area is a shape, its cells of <paramref name="extent"/>: forecasts cover the
    /// extent, and are scored over these cells only (see <see cref="ForecastScoring.Score"/>).</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No targets, or a resolution differs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A coverage is outside 0 to 1.</exception>
    public static BacktestResult Run(IForecastMethod method, ForecastEvents events, GridSpec grid, CellExtent extent,
        IReadOnlyList<ForecastTarget> targets, IReadOnlyList<double>? coverages = null, CoverageTies ties = CoverageTies.GridOrder,
        ForecastEvents? scoring = null, CellSet? studyCells = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            throw new ArgumentException("A backtest needs at least one target.", nameof(targets));
        }

        double[] shares = [.. coverages ?? StandardCoverages];
        foreach (double share in shares)
        {
            if (!double.IsFinite(share) || share is < 0 or > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(coverages), share, "Coverage is a share of the area, 0 to 1.");
            }
        }

        var scores = new CoverageScore[targets.Count][];
        string parameters = "";
        for (int i = 0; i < targets.Count; i++)
        {
            RiskSurface risk = method.Fit(events, grid, extent, targets[i]).Predict(targets[i]);
            parameters = i == 0 ? risk.Parameters : parameters;
            scores[i] = ForecastScoring.Score(risk, scoring ?? events, shares, ties, studyCells);
        }

        return new BacktestResult(method.Name, parameters, shares, [.. targets], scores);
    }

    /// <summary>
    /// Compares two backtests run on the same targets, target by target, at one coverage. Methods are compared only on the
    /// same crimes, period and coverage (DOMAIN.md §3): each target must have been scored on as many events in as many cells.
    /// </summary>
    /// <param name="first">One backtest.</param>
    /// <param name="second">Another, on the same targets, crimes and study area.</param>
    /// <param name="coverage">A coverage both scored.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The targets, crimes or study areas differ, or a backtest did not score the coverage.</exception>
    public static PairedComparison Compare(BacktestResult first, BacktestResult second, double coverage)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!first.Targets.SequenceEqual(second.Targets))
        {
            throw new ArgumentException("Paired comparison needs the same targets in both backtests.", nameof(second));
        }

        int a = first.IndexOf(coverage), b = second.IndexOf(coverage);
        int firstWins = 0, secondWins = 0, ties = 0, withEvents = 0;
        double difference = 0;
        for (int i = 0; i < first.Targets.Count; i++)
        {
            CoverageScore x = first.ScoresOf(i)[a], y = second.ScoresOf(i)[b];
            if (x.Events != y.Events || x.Cells != y.Cells)
            {
                throw new ArgumentException(
                    $"Paired comparison needs the same crimes and study area in both backtests: {first.Targets[i]} was scored on {x.Events} " +
                    $"events in {x.Cells} cells for {first.Method} and {y.Events} events in {y.Cells} cells for {second.Method}.", nameof(second));
            }

            if (x.Events == 0)
            {
                continue;
            }

            withEvents++;
            difference += x.HitRate - y.HitRate;
            if (x.Captured > y.Captured)
            {
                firstWins++;
            }
            else if (y.Captured > x.Captured)
            {
                secondWins++;
            }
            else
            {
                ties++;
            }
        }

        int n = firstWins + secondWins;
        double p = n == 0 ? 1 : Math.Min(1, 2 * Binomial.CDF(0.5, n, Math.Min(firstWins, secondWins)));
        return new PairedComparison(coverage, firstWins, secondWins, ties, p, withEvents > 0 ? difference / withEvents : double.NaN);
    }

    /// <summary>Consecutive days from <paramref name="first"/>, the targets of a daily backtest.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="days">How many, 1 to 3,660.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Days out of range.</exception>
    public static ForecastTarget[] Daily(DateOnly first, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 3660);
        var targets = new ForecastTarget[days];
        for (int i = 0; i < days; i++)
        {
            targets[i] = ForecastTarget.Day(first.AddDays(i));
        }

        return targets;
    }

    /// <summary>Consecutive months from <paramref name="first"/>, the targets of a monthly backtest.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="months">How many, 1 to 600.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Months out of range.</exception>
    public static ForecastTarget[] Monthly(YearMonth first, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, 600);
        var targets = new ForecastTarget[months];
        for (int i = 0; i < months; i++)
        {
            targets[i] = ForecastTarget.Month(first.PlusMonths(i));
        }

        return targets;
    }
}
