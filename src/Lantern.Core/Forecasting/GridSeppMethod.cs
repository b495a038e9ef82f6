using System.Globalization;
using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>
/// The grid self-exciting point process of Mohler et al. (2015, <i>JASA</i> 110: 1399-1411), the model of the Los Angeles
/// and Kent field trials: in cell n, λₙ(t) = μₙ + Σ θ ω e^(−ω(t − tᵢ)) over earlier events i in the cell, fitted by
/// expectation-maximisation; optionally events also trigger in the eight neighbouring cells with their own θ₁.
/// </summary>
/// <remarks>
/// <para>EM follows Mohler et al. (2015) and, with <c>edgeCorrection</c>, Lewis &amp; Mohler (2011): offspring an event would
/// have after the end of the observation period are not counted against θ and ω. Only events inside the study area take
/// part. An event triggers only events strictly later than it (simultaneous events, common in month data, do not trigger
/// each other). The E-step runs in one pass in time order, carrying each cell's exponential sums forward, so a fit costs
/// O(events × neighbours) per iteration rather than O(events²).</para>
/// <para>Risk for a target [s, e) is the expected number of events in the cell, μₙ(e − s) + Σ θ (e^(−ω(s − tᵢ)) −
/// e^(−ω(e − tᵢ))), or with <see cref="SeppIntensity.Instant"/> the intensity λₙ(s). With harm weighting the model is
/// fitted on counts and each event's share (as background of its cell, or as the parent of later events) carries its harm.</para>
/// </remarks>
public sealed class GridSeppMethod : IForecastMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="neighbourTriggering">Whether events also trigger in the eight neighbouring cells (with their own θ₁).</param>
    /// <param name="edgeCorrection">Whether offspring past the end of observation are allowed for (default true).</param>
    /// <param name="intensity">Integrated over the target (default) or instant at its start.</param>
    /// <param name="observation">Where the observation period ends (default: the target's start).</param>
    /// <param name="window">How far back to fit from the target's start, or null for all history.</param>
    /// <param name="maxIterations">Most EM iterations, 1 to 100,000; default 1,000.</param>
    /// <param name="tolerance">EM stops when θ, ω and every μ change by less than this share in one iteration; default 1e-6.
    /// 0 runs exactly <paramref name="maxIterations"/> iterations.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public GridSeppMethod(bool neighbourTriggering = false, bool edgeCorrection = true, SeppIntensity intensity = SeppIntensity.Integrated,
        ObservationWindow observation = ObservationWindow.ToTargetStart, ForecastPeriod? window = null, int maxIterations = 1000,
        double tolerance = 1e-6)
    {
        if (!Enum.IsDefined(intensity) || !Enum.IsDefined(observation))
        {
            throw new ArgumentOutOfRangeException(nameof(intensity), "Unknown intensity or observation window.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxIterations, 100_000);
        if (!double.IsFinite(tolerance) || tolerance is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance is a share, 0 to 1.");
        }

        NeighbourTriggering = neighbourTriggering;
        EdgeCorrection = edgeCorrection;
        Intensity = intensity;
        Observation = observation;
        Window = window;
        MaxIterations = maxIterations;
        Tolerance = tolerance;
    }

    /// <inheritdoc/>
    public string Name => "grid-sepp";

    /// <summary>Whether events trigger in neighbouring cells.</summary>
    public bool NeighbourTriggering { get; }

    /// <summary>Whether offspring past the end of observation are allowed for.</summary>
    public bool EdgeCorrection { get; }

    /// <summary>Integrated or instant risk.</summary>
    public SeppIntensity Intensity { get; }

    /// <summary>Where the observation period ends.</summary>
    public ObservationWindow Observation { get; }

    /// <summary>How far back to fit, or null for all history.</summary>
    public ForecastPeriod? Window { get; }

    /// <summary>Most EM iterations.</summary>
    public int MaxIterations { get; }

    /// <summary>Relative change below which EM stops.</summary>
    public double Tolerance { get; }

    /// <inheritdoc/>
    IForecastModel IForecastMethod.Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target) =>
        Fit(events, grid, extent, target);

    /// <summary>Fits the model to the events inside the study area known strictly before the target.</summary>
    /// <param name="events">All events.</param>
    /// <param name="grid">The grid.</param>
    /// <param name="extent">The study area.</param>
    /// <param name="target">The first period to forecast.</param>
    /// <returns>The fitted model, with its estimates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">Resolutions differ, or the window has no meaning at the target's resolution.</exception>
    public GridSeppModel Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target)
    {
        ForecastChecks.Fit(events, target);
        _ = RiskSurface.NewRisk(extent).Length; // refuses an area too large to forecast before the work starts
        double windowStart = ForecastChecks.WindowStart(Window, target);
        GridSeppData data = GridSeppData.Build(events.Between(windowStart, target.Start), grid, extent, NeighbourTriggering);
        double origin, end;
        if (Observation == ObservationWindow.FirstToLastEvent || Window is null)
        {
            origin = data.Count > 0 ? data.Time[0] : target.Start;
        }
        else
        {
            origin = windowStart;
        }

        end = Observation == ObservationWindow.FirstToLastEvent ? (data.Count > 0 ? data.Time[^1] : target.Start) : target.Start;
        var fit = new GridSeppFit(data, end - origin, origin, EdgeCorrection, MaxIterations, Tolerance);
        fit.Run();
        string parameters = string.Create(CultureInfo.InvariantCulture,
            $"neighbour triggering {(NeighbourTriggering ? "on" : "off")}, edge correction {(EdgeCorrection ? "on" : "off")}, intensity {Intensity}, observation {Observation}, window {(Window?.ToString() ?? "all history")}, weighting {events.Weighting}");
        return new GridSeppModel(this, data, fit, grid, extent, target, parameters);
    }
}
