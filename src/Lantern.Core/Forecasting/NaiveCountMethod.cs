using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>
/// The baseline: a cell's risk is the (weighted) count of past events in it, over all history or a window before the target.
/// </summary>
/// <remarks>Only events inside the study area count. Like open_cp's <c>CountingGridKernel</c>, but with a window and the
/// strictly-before rule, which open_cp leaves to the caller.</remarks>
public sealed class NaiveCountMethod : IForecastMethod, IEventSumMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="window">How far back to count from the target's start, or null for all history.</param>
    public NaiveCountMethod(ForecastPeriod? window = null) => Window = window;

    /// <inheritdoc/>
    public string Name => "naive";

    /// <summary>How far back to count, or null for all history.</summary>
    public ForecastPeriod? Window { get; }

    /// <inheritdoc/>
    public IForecastModel Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target) =>
        new EventSumModel(this, events, grid, extent, target, Window);

    RiskSurface IEventSumMethod.Compute(ForecastEvents known, GridSpec grid, CellExtent extent, ForecastTarget target)
    {
        double from = ForecastChecks.WindowStart(Window, target);
        double[] risk = RiskSurface.NewRisk(extent);
        ReadOnlySpan<double> x = known.Easting, y = known.Northing, t = known.Time, weight = known.Weight;
        for (int i = 0; i < t.Length; i++)
        {
            CellId cell = grid.CellOf(x[i], y[i]);
            if (t[i] >= from && extent.Contains(cell))
            {
                risk[extent.IndexOf(cell)] += weight[i];
            }
        }

        string parameters = $"window {(Window?.ToString() ?? "all history")}, weighting {known.Weighting}";
        return new RiskSurface(grid, extent, target, Name, parameters, risk, [], []);
    }
}
