using System.Globalization;
using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>
/// Retrospective hot-spotting: a spatial kernel laid over every event of a window before the target, summed at cell
/// centres; the events' times inside the window are ignored.
/// </summary>
/// <remarks>
/// Every event counts, including those outside the study area (they are real events near its edge). Risk is the weighted
/// sum of kernel values; the quartic is normalised as on kernel density maps, the truncated Gaussian is not (neither
/// changes the ranking).
/// </remarks>
public sealed class RetrospectiveHotspotMethod : IForecastMethod, IEventSumMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="kernel">Quartic (default) or truncated Gaussian.</param>
    /// <param name="bandwidthMetres">The kernel's reach h, metres; default 200 (open_cp's default).</param>
    /// <param name="standardDeviations">For the truncated Gaussian: h in standard deviations, default 3.</param>
    /// <param name="window">How far back from the target's start, or null for all history.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RetrospectiveHotspotMethod(SpatialKernel kernel = SpatialKernel.Quartic, double bandwidthMetres = 200,
        double standardDeviations = 3, ForecastPeriod? window = null)
    {
        if (!Enum.IsDefined(kernel))
        {
            throw new ArgumentOutOfRangeException(nameof(kernel), kernel, "Unknown kernel.");
        }

        if (!double.IsFinite(standardDeviations) || standardDeviations is <= 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviations), standardDeviations, "Give 0 to 10 standard deviations.");
        }

        Kernel = kernel;
        BandwidthMetres = ForecastChecks.PositiveMetres(bandwidthMetres, nameof(bandwidthMetres));
        StandardDeviations = standardDeviations;
        Window = window;
    }

    /// <inheritdoc/>
    public string Name => "retrospective";

    /// <summary>The kernel.</summary>
    public SpatialKernel Kernel { get; }

    /// <summary>The kernel's reach, metres.</summary>
    public double BandwidthMetres { get; }

    /// <summary>For the truncated Gaussian, the reach in standard deviations.</summary>
    public double StandardDeviations { get; }

    /// <summary>How far back from the target's start, or null for all history.</summary>
    public ForecastPeriod? Window { get; }

    /// <inheritdoc/>
    public IForecastModel Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target) =>
        new EventSumModel(this, events, grid, extent, target, Window);

    RiskSurface IEventSumMethod.Compute(ForecastEvents known, GridSpec grid, CellExtent extent, ForecastTarget target)
    {
        double from = ForecastChecks.WindowStart(Window, target);
        double[] risk = RiskSurface.NewRisk(extent);
        ReadOnlySpan<double> x = known.Easting, y = known.Northing, t = known.Time, weight = known.Weight;
        double h = BandwidthMetres;
        var quartic = new QuarticKernel(h);
        var gaussian = new GaussianKernel(h / StandardDeviations, h);
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] < from || weight[i] == 0)
            {
                continue;
            }

            if (Kernel == SpatialKernel.Quartic)
            {
                DiscSum.Add(risk, grid, extent, x[i], y[i], weight[i], quartic);
            }
            else
            {
                DiscSum.Add(risk, grid, extent, x[i], y[i], weight[i], gaussian);
            }
        }

        string parameters = string.Create(CultureInfo.InvariantCulture,
            $"kernel {Kernel}, bandwidth {h:0.##} m{(Kernel == SpatialKernel.TruncatedGaussian ? $" = {StandardDeviations:0.##} sd" : "")}, window {(Window?.ToString() ?? "all history")}, weighting {known.Weighting}");
        return new RiskSurface(grid, extent, target, Name, parameters, risk, [], []);
    }
}
