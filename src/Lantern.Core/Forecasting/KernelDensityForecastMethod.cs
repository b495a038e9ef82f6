using System.Globalization;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Forecasting;

/// <summary>
/// Kernel density with a time decay: each past event lays a Gaussian over space, weighted by its weight and a decay of its
/// age; the sum is read at cell centres (or averaged over points inside each cell).
/// </summary>
/// <remarks>
/// <para>Risk of a cell = Σ weight × decay(age) × exp(−d²/(2σ²)) / (2πσ²), age = target start − event time, continuous (not
/// rounded). σ is fixed (<c>bandwidthMetres</c>), chosen by Scott's rule when not given, or per event the distance to its
/// k-th nearest neighbour among the events used (<c>nearestNeighbours</c>), never below half a cell, so that events stacked on
/// one snap point do not make a spike. The kernel is cut to 0 beyond 5σ (e^−12.5 ≈ 4·10⁻⁶ of the peak), which changes no
/// ranking except among cells that far from every event.</para>
/// <para>Scott's rule here is isotropic: σ = n_eff^(−1/6) × √((var x + var y)/2), with the variances and
/// n_eff = (Σw)²/Σw² weighted by weight × decay, as scipy's weighted <c>gaussian_kde</c> does per axis.</para>
/// </remarks>
public sealed class KernelDensityForecastMethod : IForecastMethod, IEventSumMethod
{
    private const double CutoffSigmas = 5;

    /// <summary>Creates the method.</summary>
    /// <param name="decay">Time decay; default exponential.</param>
    /// <param name="decayScale">The decay's scale s, or null for 2 weeks (1 month for month data).</param>
    /// <param name="bandwidthMetres">Fixed σ in metres, or null.</param>
    /// <param name="nearestNeighbours">k for a per-event σ = distance to the k-th nearest event, or null.</param>
    /// <param name="window">How far back from the target's start, or null for all history.</param>
    /// <param name="samplesPerSide">Points averaged per cell side: 1 reads the centre; n reads n × n points on a lattice.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="ArgumentException">Both a fixed bandwidth and nearest neighbours are given.</exception>
    public KernelDensityForecastMethod(TimeDecay decay = TimeDecay.Exponential, ForecastPeriod? decayScale = null,
        double? bandwidthMetres = null, int? nearestNeighbours = null, ForecastPeriod? window = null, int samplesPerSide = 1)
    {
        if (!Enum.IsDefined(decay))
        {
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "Unknown decay.");
        }

        if (bandwidthMetres is not null && nearestNeighbours is not null)
        {
            throw new ArgumentException("Give a fixed bandwidth or a number of nearest neighbours, not both.", nameof(nearestNeighbours));
        }

        if (nearestNeighbours is { } k)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(k, 1, nameof(nearestNeighbours));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(k, 1000, nameof(nearestNeighbours));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(samplesPerSide, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(samplesPerSide, 16);
        Decay = decay;
        DecayScale = decayScale;
        BandwidthMetres = bandwidthMetres is { } h ? ForecastChecks.PositiveMetres(h, nameof(bandwidthMetres)) : null;
        NearestNeighbours = nearestNeighbours;
        Window = window;
        SamplesPerSide = samplesPerSide;
    }

    /// <inheritdoc/>
    public string Name => "kde";

    /// <summary>The time decay.</summary>
    public TimeDecay Decay { get; }

    /// <summary>The decay's scale, or null for the default.</summary>
    public ForecastPeriod? DecayScale { get; }

    /// <summary>Fixed σ, metres, or null.</summary>
    public double? BandwidthMetres { get; }

    /// <summary>k of the nearest-neighbour bandwidth, or null.</summary>
    public int? NearestNeighbours { get; }

    /// <summary>How far back from the target's start, or null for all history.</summary>
    public ForecastPeriod? Window { get; }

    /// <summary>Points averaged per cell side.</summary>
    public int SamplesPerSide { get; }

    /// <inheritdoc/>
    public IForecastModel Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target) =>
        new EventSumModel(this, events, grid, extent, target, Window, DecayScale);

    RiskSurface IEventSumMethod.Compute(ForecastEvents known, GridSpec grid, CellExtent extent, ForecastTarget target)
    {
        var choices = new List<AutomaticChoice>();
        var notes = new List<string>();
        ForecastPeriod scalePeriod = DecayScale ?? (target.Resolution == TimeResolution.Month ? ForecastPeriod.Months(1) : ForecastPeriod.Days(14));
        if (DecayScale is null && Decay != TimeDecay.None)
        {
            choices.Add(new AutomaticChoice("DecayScale", scalePeriod.ToString(), "Default: 2 weeks, or 1 month for month data."));
        }

        double scale = scalePeriod.In(target.Resolution);
        ForecastEvents used = known.Between(ForecastChecks.WindowStart(Window, target), target.Start);
        ReadOnlySpan<double> x = used.Easting, y = used.Northing, time = used.Time, weight = used.Weight;
        int n = time.Length;
        double[] mass = new double[n];
        for (int i = 0; i < n; i++)
        {
            double a = (target.Start - time[i]) / scale;
            mass[i] = weight[i] * Decay switch
            {
                TimeDecay.Exponential => Math.Exp(-a),
                TimeDecay.Quadratic => 1 / (1 + (a * a)),
                _ => 1,
            };
        }

        double[] sigma = Bandwidths(used, mass, grid, choices, notes);
        double[] risk = RiskSurface.NewRisk(extent);
        for (int i = 0; i < n; i++)
        {
            if (mass[i] > 0)
            {
                double s = sigma[i];
                DiscSum.Add(risk, grid, extent, x[i], y[i], mass[i] / (2 * Math.PI * s * s), new GaussianKernel(s, CutoffSigmas * s),
                    SamplesPerSide);
            }
        }

        string band = BandwidthMetres is { } h ? string.Create(CultureInfo.InvariantCulture, $"σ {h:0.##} m")
            : NearestNeighbours is { } k ? string.Create(CultureInfo.InvariantCulture, $"σ = distance to nearest neighbour {k}")
            : "σ by Scott's rule";
        string parameters = string.Create(CultureInfo.InvariantCulture,
            $"decay {Decay}{(Decay == TimeDecay.None ? "" : $" scale {scalePeriod}")}, {band}, window {(Window?.ToString() ?? "all history")}, {SamplesPerSide}² points a cell, weighting {known.Weighting}");
        return new RiskSurface(grid, extent, target, Name, parameters, risk, choices, notes);
    }

    private double[] Bandwidths(ForecastEvents used, double[] mass, GridSpec grid, List<AutomaticChoice> choices, List<string> notes)
    {
        int n = used.Count;
        double[] sigma = new double[n];
        if (BandwidthMetres is { } fixedSigma)
        {
            Array.Fill(sigma, fixedSigma);
            return sigma;
        }

        double floor = grid.CellSize / 2.0;
        if (NearestNeighbours is { } k)
        {
            var index = new PointGrid(used.Easting, used.Northing, grid.CellSize);
            Span<double> scratch = stackalloc double[Math.Min(k, 1000)];
            int floored = 0;
            for (int i = 0; i < n; i++)
            {
                double d = Math.Sqrt(index.KthNearestSquared(i, k, scratch));
                sigma[i] = double.IsFinite(d) && d >= floor ? d : floor;
                floored += double.IsFinite(d) && d >= floor ? 0 : 1;
            }

            if (floored > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{floored:N0} of {n:N0} events had their k-th nearest neighbour closer than half a cell (or fewer than k neighbours): σ was raised to {floor:0.#} m."));
            }

            return sigma;
        }

        double sw = 0, sw2 = 0, mx = 0, my = 0;
        for (int i = 0; i < n; i++)
        {
            sw += mass[i];
            sw2 += mass[i] * mass[i];
            mx += mass[i] * used.Easting[i];
            my += mass[i] * used.Northing[i];
        }

        double scott;
        if (sw <= 0 || n < 2)
        {
            scott = 3.0 * grid.CellSize;
            choices.Add(new AutomaticChoice("BandwidthMetres", scott.ToString("0.#", CultureInfo.InvariantCulture),
                "Too few events for Scott's rule: three cells."));
        }
        else
        {
            mx /= sw;
            my /= sw;
            double vx = 0, vy = 0;
            for (int i = 0; i < n; i++)
            {
                vx += mass[i] * (used.Easting[i] - mx) * (used.Easting[i] - mx);
                vy += mass[i] * (used.Northing[i] - my) * (used.Northing[i] - my);
            }

            double nEff = sw * sw / sw2;
            double spread = Math.Sqrt((vx + vy) / (2 * sw));
            scott = Math.Max(Math.Pow(nEff, -1.0 / 6) * spread, floor);
            choices.Add(new AutomaticChoice("BandwidthMetres", scott.ToString("0.#", CultureInfo.InvariantCulture), string.Create(
                CultureInfo.InvariantCulture, $"Scott's rule n_eff^(-1/6) × spread with n_eff = {nEff:0.#}, spread = {spread:0} m (at least half a cell).")));
        }

        Array.Fill(sigma, scott);
        return sigma;
    }
}
