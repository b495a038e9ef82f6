using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>
/// A fitted <see cref="ContinuousSeppMethod"/>: the background events with their bandwidths, θ (the expected number of
/// events an event triggers) and the triggering kernels in time and space. Immutable and thread safe.
/// </summary>
public sealed class ContinuousSeppModel : IForecastModel
{
    private readonly ContinuousSeppMethod _method;
    private readonly ForecastEvents _known;
    private readonly ContinuousSeppFit _fit;
    private readonly GridSpec _grid;
    private readonly CellExtent _extent;
    private readonly string _parameters;

    internal ContinuousSeppModel(ContinuousSeppMethod method, ForecastEvents known, ContinuousSeppFit fit, GridSpec grid,
        CellExtent extent, ForecastTarget target, string parameters)
    {
        _method = method;
        _known = known;
        _fit = fit;
        _grid = grid;
        _extent = extent;
        _parameters = parameters;
        FittedFor = target;
    }

    /// <inheritdoc/>
    public ForecastTarget FittedFor { get; }

    /// <summary>θ: the share of events the last sample found triggered, the expected offspring of an event.</summary>
    public double Theta => _fit.Theta;

    /// <summary>Events the last sample found to be background.</summary>
    public int BackgroundCount => _fit.Background.Length;

    /// <summary>Mean delay from parent to child in the last sample, time units (NaN when nothing was triggered).</summary>
    public double MeanTriggerDelay => _fit.Delay?.Mean ?? double.NaN;

    /// <summary>Mean distance from parent to child in the last sample, metres (NaN when nothing was triggered).</summary>
    public double MeanTriggerDistance => _fit.Offset?.MeanDistance ?? double.NaN;

    /// <summary>Iterations run.</summary>
    public int Iterations => _fit.Iterations;

    /// <summary>Number of events fitted on.</summary>
    public int EventCount => _known.Count;

    /// <summary>Candidate (parent, child) pairs within the cut-offs.</summary>
    public int CandidatePairs => _fit.PairCount;

    /// <summary>Most candidate parents a child kept, or null for no cap.</summary>
    public int? MaxParents => _method.MaxParentsPerChild;

    /// <summary>Children whose cap on candidate parents bound (they had more within the cut-offs).</summary>
    public int CappedChildren => _fit.CappedChildren;

    /// <summary>Candidate pairs the cap left out, estimated from a sample of 32 of each capped child's unexamined events.</summary>
    public double DroppedPairs => _fit.DroppedPairs;

    /// <summary>Estimated share of the triggering intensity at the events (θ h s summed over every candidate pair, final
    /// estimates) on the pairs the cap left out.</summary>
    public double LostTriggerShare => _fit.LostTriggerShare;

    /// <summary>Estimated share of events whose parent, drawn with every candidate, would have been one the cap left out.</summary>
    public double LostParentShare => _fit.LostParentShare;

    /// <summary>T, the observation period the background rate is per, in time units.</summary>
    public double ObservationLength => _fit.Length;

    private void AddGaussian(double[] risk, double x, double y, double sigma, double weight)
    {
        double size = _grid.CellSize, reach = ContinuousSeppFit.BackgroundSigmas * sigma;
        int c0 = Math.Max((int)Math.Floor((x - reach) / size), _extent.MinColumn), c1 = Math.Min((int)Math.Floor((x + reach) / size), _extent.MaxColumn);
        int r0 = Math.Max((int)Math.Floor((y - reach) / size), _extent.MinRow), r1 = Math.Min((int)Math.Floor((y + reach) / size), _extent.MaxRow);
        if (c0 > c1 || r0 > r1)
        {
            return;
        }

        Span<double> across = c1 - c0 < 256 ? stackalloc double[c1 - c0 + 1] : new double[c1 - c0 + 1];
        for (int c = c0; c <= c1; c++)
        {
            across[c - c0] = Normal((((c + 1) * size) - x) / sigma) - Normal(((c * size) - x) / sigma);
        }

        for (int r = r0; r <= r1; r++)
        {
            double up = weight * (Normal((((r + 1) * size) - y) / sigma) - Normal(((r * size) - y) / sigma));
            long rowBase = (long)(r - _extent.MinRow) * _extent.Columns;
            for (int c = c0; c <= c1; c++)
            {
                risk[rowBase + c - _extent.MinColumn] += up * across[c - c0];
            }
        }
    }

    private static double Normal(double z) => 0.5 * (1 + MathNet.Numerics.SpecialFunctions.Erf(z / Math.Sqrt(2)));

    /// <inheritdoc/>
    public RiskSurface Predict(ForecastTarget target)
    {
        ForecastChecks.Predict(FittedFor, target);
        double[] risk = RiskSurface.NewRisk(_extent);
        double area = (double)_grid.CellSize * _grid.CellSize;
        bool integrated = _method.Intensity == SeppIntensity.Integrated;
        ReadOnlySpan<double> x = _known.Easting, y = _known.Northing, t = _known.Time, w = _known.Weight;
        if (_fit.Length > 0)
        {
            // Each background event's Gaussian integrated over each cell (a product of normal probabilities): the expected
            // share of its rate that falls in the cell, however narrow σ is beside the cell.
            double timeFactor = (integrated ? target.Length : 1) / _fit.Length;
            for (int k = 0; k < _fit.Background.Length; k++)
            {
                int b = _fit.Background[k];
                AddGaussian(risk, x[b], y[b], _fit.BackgroundSigma[k], w[b] * timeFactor);
            }
        }

        if (_fit.Delay is { } delay && _fit.Offset is { } offset && Theta > 0)
        {
            double reach = _method.SpaceCutoffMetres, size = _grid.CellSize;
            for (int i = 0; i < t.Length; i++)
            {
                double age = target.Start - t[i];
                double share = integrated ? delay.Integral(age + target.Length) - delay.Integral(age) : delay.At(age);
                double weight = Theta * share * w[i];
                if (!(weight > 0))
                {
                    continue;
                }

                int c0 = Math.Max((int)Math.Floor((x[i] - reach) / size), _extent.MinColumn);
                int c1 = Math.Min((int)Math.Floor((x[i] + reach) / size), _extent.MaxColumn);
                int r0 = Math.Max((int)Math.Floor((y[i] - reach) / size), _extent.MinRow);
                int r1 = Math.Min((int)Math.Floor((y[i] + reach) / size), _extent.MaxRow);
                for (int r = r0; r <= r1; r++)
                {
                    double dy0 = (r * size) - y[i];
                    long rowBase = (long)(r - _extent.MinRow) * _extent.Columns;
                    for (int c = c0; c <= c1; c++)
                    {
                        double dx0 = (c * size) - x[i];
                        double mass = offset.Integral(dx0, dx0 + size, dy0, dy0 + size);
                        if (mass > 0)
                        {
                            risk[rowBase + c - _extent.MinColumn] += weight * mass;
                        }
                    }
                }
            }
        }

        return new RiskSurface(_grid, _extent, target, _method.Name, _parameters + FormattableString.Invariant(
            $"; θ {Theta:G4}, {BackgroundCount} background events, mean delay {MeanTriggerDelay:G4}, mean distance {MeanTriggerDistance:G4} m"),
            risk, [], []);
    }
}
