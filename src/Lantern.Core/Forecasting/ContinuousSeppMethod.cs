using System.Globalization;
using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>
/// The continuous self-exciting point process of Mohler et al. (2011, <i>JASA</i> 106: 100-108):
/// λ(t, x, y) = μ(x, y) + Σ g(t − tᵢ, x − xᵢ, y − yᵢ) over earlier events, with the background μ and the triggering kernel
/// g = θ · h(Δt) · s(Δx, Δy) estimated without a parametric form by stochastic declustering and variable-bandwidth
/// Gaussian kernels.
/// </summary>
/// <remarks>
/// <para>Made fast enough for a large force's year: a child's candidate parents are only the events within the space and
/// time cut-offs (found once with a bucket grid), and each background kernel reaches only the events within 3σ of it. The
/// triggering kernels are held as tables (512 delays, 80 × 80 offsets). Where the events are so dense that a child has more
/// than <see cref="MaxParentsPerChild"/> candidate parents, it keeps the nearest in time; the triggering this leaves out is
/// estimated from a sample and recorded with the fit (docs/forecasting.md).</para>
/// <para>Departures from the paper, each for forecasting or speed: the background is constant in time over the observation
/// period (the paper's time-varying background cannot be carried into the future; open_cp averages it for the same reason);
/// the triggering kernel is a product of a time and a space kernel, each with its own nearest-neighbour bandwidths, rather
/// than one three-dimensional kernel; the estimates are those of the last iteration's sample (seeded: the same seed gives the
/// same model).</para>
/// <para>Risk for a target [s, e) at a cell is cell area × (μ at its centre × (e − s) + Σ θ s(centre − xᵢ) ∫ h over the
/// target), the expected number of events; or with <see cref="SeppIntensity.Instant"/> the intensity at s.</para>
/// </remarks>
public sealed class ContinuousSeppMethod : IForecastMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="spaceCutoffMetres">Farthest a child can be from its parent, metres; default 500 (open_cp's default).</param>
    /// <param name="timeCutoff">Longest delay from parent to child; null for 120 days (4 months for month data).</param>
    /// <param name="backgroundNeighbours">k of the background's nearest-neighbour bandwidths; default 15.</param>
    /// <param name="triggerNeighbours">k of the triggering kernel's bandwidths; default 15.</param>
    /// <param name="iterations">Declustering iterations; default 20 (as open_cp's declustering; the estimates settle within about ten on simulated data).</param>
    /// <param name="seed">Seed of the sampling.</param>
    /// <param name="intensity">Integrated over the target (default) or instant at its start.</param>
    /// <param name="window">How far back to fit from the target's start, or null for all history.</param>
    /// <param name="minimumBandwidthMetres">Smallest background σ, metres; default 10 (events stacked on a snap point).</param>
    /// <param name="maxParents">Most candidate parents a child keeps, the nearest in time within the cut-offs (null: no cap);
    /// default <see cref="DefaultMaxParents"/>. What the cap left out is estimated and recorded with the fit.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ContinuousSeppMethod(double spaceCutoffMetres = 500, ForecastPeriod? timeCutoff = null, int backgroundNeighbours = 15,
        int triggerNeighbours = 15, int iterations = 20, long seed = 0, SeppIntensity intensity = SeppIntensity.Integrated,
        ForecastPeriod? window = null, double minimumBandwidthMetres = 10, int? maxParents = DefaultMaxParents)
    {
        if (maxParents is { } cap)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1, nameof(maxParents));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(backgroundNeighbours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(backgroundNeighbours, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(triggerNeighbours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(triggerNeighbours, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, 10_000);
        if (!Enum.IsDefined(intensity))
        {
            throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Unknown intensity.");
        }

        SpaceCutoffMetres = ForecastChecks.PositiveMetres(spaceCutoffMetres, nameof(spaceCutoffMetres));
        MinimumBandwidthMetres = ForecastChecks.PositiveMetres(minimumBandwidthMetres, nameof(minimumBandwidthMetres));
        TimeCutoff = timeCutoff;
        BackgroundNeighbours = backgroundNeighbours;
        TriggerNeighbours = triggerNeighbours;
        Iterations = iterations;
        Seed = seed;
        Intensity = intensity;
        Window = window;
        MaxParentsPerChild = maxParents;
    }

    /// <summary>The default cap on candidate parents a child.</summary>
    public const int DefaultMaxParents = 1000;

    /// <inheritdoc/>
    public string Name => "sepp";

    /// <summary>Farthest a child can be from its parent, metres.</summary>
    public double SpaceCutoffMetres { get; }

    /// <summary>Longest delay from parent to child, or null for the default.</summary>
    public ForecastPeriod? TimeCutoff { get; }

    /// <summary>k of the background bandwidths.</summary>
    public int BackgroundNeighbours { get; }

    /// <summary>k of the triggering bandwidths.</summary>
    public int TriggerNeighbours { get; }

    /// <summary>Declustering iterations.</summary>
    public int Iterations { get; }

    /// <summary>Seed of the sampling.</summary>
    public long Seed { get; }

    /// <summary>Integrated or instant risk.</summary>
    public SeppIntensity Intensity { get; }

    /// <summary>How far back to fit, or null for all history.</summary>
    public ForecastPeriod? Window { get; }

    /// <summary>Smallest background σ, metres.</summary>
    public double MinimumBandwidthMetres { get; }

    /// <summary>Most candidate parents a child keeps (the nearest in time), or null for no cap.</summary>
    public int? MaxParentsPerChild { get; }

    internal int MaxParents => MaxParentsPerChild ?? int.MaxValue;

    /// <summary>Most threads a fit uses (−1, the default: as many as the machine has). The fit is the same, bit for bit,
    /// whatever the number; tests set 1 to prove it.</summary>
    internal int MaxDegreeOfParallelism { get; init; } = -1;

    /// <inheritdoc/>
    IForecastModel IForecastMethod.Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target) =>
        Fit(events, grid, extent, target);

    /// <summary>Fits the model to every event known strictly before the target (inside the study area or not).</summary>
    /// <param name="events">All events.</param>
    /// <param name="grid">The grid of the forecasts.</param>
    /// <param name="extent">The study area of the forecasts.</param>
    /// <param name="target">The first period to forecast.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">Resolutions differ, or a period has no meaning at the target's resolution.</exception>
    public ContinuousSeppModel Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target)
    {
        ForecastChecks.Fit(events, target);
        _ = RiskSurface.NewRisk(extent).Length;
        bool monthly = target.Resolution == TimeResolution.Month;
        ForecastPeriod cutoff = TimeCutoff ?? (monthly ? ForecastPeriod.Months(4) : ForecastPeriod.Days(120));
        double windowStart = ForecastChecks.WindowStart(Window, target);
        ForecastEvents known = events.Between(windowStart, target.Start);
        double origin = Window is null ? (known.Count > 0 ? known.Time[0] : target.Start) : windowStart;
        var fit = new ContinuousSeppFit(known.Easting.ToArray(), known.Northing.ToArray(), known.Time.ToArray(),
            target.Start - origin, this, cutoff.In(target.Resolution), 1);
        if (known.Count > 0 && fit.Length > 0)
        {
            fit.Run();
        }

        string parameters = string.Create(CultureInfo.InvariantCulture,
            $"space cut-off {SpaceCutoffMetres:0.#} m, time cut-off {cutoff}, k background {BackgroundNeighbours}, k trigger {TriggerNeighbours}, {Iterations} iterations, seed {Seed}, intensity {Intensity}, window {(Window?.ToString() ?? "all history")}, max parents {(MaxParentsPerChild?.ToString(CultureInfo.InvariantCulture) ?? "no cap")}, weighting {events.Weighting}; cap bound for {fit.CappedChildren} children, about {fit.DroppedPairs:0} pairs left out, estimated lost triggering {fit.LostTriggerShare:P2} (parents {fit.LostParentShare:P2})");
        return new ContinuousSeppModel(this, known, fit, grid, extent, target, parameters);
    }
}
