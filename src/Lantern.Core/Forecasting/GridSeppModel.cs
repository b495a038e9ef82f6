using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>
/// A fitted <see cref="GridSeppMethod"/>: background rate per cell, θ (expected offspring of an event in its own cell),
/// θ₁ (in each neighbouring cell, when neighbour triggering is on) and ω (decay rate per time unit; 1/ω is the mean delay
/// from an event to its offspring). Immutable and thread safe.
/// </summary>
public sealed class GridSeppModel : IForecastModel
{
    private readonly GridSeppMethod _method;
    private readonly GridSeppData _data;
    private readonly GridSpec _grid;
    private readonly CellExtent _extent;
    private readonly double[] _mu;
    private readonly double[] _weightedMu;
    private readonly string _parameters;

    internal GridSeppModel(GridSeppMethod method, GridSeppData data, GridSeppFit fit, GridSpec grid, CellExtent extent,
        ForecastTarget target, string parameters)
    {
        _method = method;
        _data = data;
        _grid = grid;
        _extent = extent;
        _mu = fit.Mu;
        _weightedMu = fit.WeightedMu;
        _parameters = parameters;
        FittedFor = target;
        Theta = fit.Theta;
        NeighbourTheta = fit.NeighbourTheta;
        Omega = fit.Omega;
        Iterations = fit.Iterations;
        Converged = fit.Converged;
        LogLikelihood = fit.LogLikelihood;
        ObservationLength = fit.Length;
    }

    /// <inheritdoc/>
    public ForecastTarget FittedFor { get; }

    /// <summary>θ: expected number of events an event triggers in its own cell.</summary>
    public double Theta { get; }

    /// <summary>θ₁: expected number an event triggers in each of its neighbouring cells (0 without neighbour triggering).</summary>
    public double NeighbourTheta { get; }

    /// <summary>ω: the triggering decay rate per time unit (per day for timestamped data, per month for month data).</summary>
    public double Omega { get; }

    /// <summary>EM iterations run.</summary>
    public int Iterations { get; }

    /// <summary>Whether EM met its tolerance before its iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>The log-likelihood at the estimates before the last M-step.</summary>
    public double LogLikelihood { get; }

    /// <summary>T, the observation period the background rates are per, in time units.</summary>
    public double ObservationLength { get; }

    /// <summary>Number of events the model was fitted on (inside the study area, known before the target).</summary>
    public int EventCount => _data.Count;

    /// <summary>The background rate μ of a cell, events per time unit (0 for cells without events).</summary>
    /// <param name="cell">A cell of the study area.</param>
    /// <returns>μ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the study area.</exception>
    public double BackgroundRate(CellId cell)
    {
        long index = _extent.IndexOf(cell);
        int c = Array.IndexOf(_data.CellIndex, index);
        return c >= 0 ? _mu[c] : 0;
    }

    /// <inheritdoc/>
    public RiskSurface Predict(ForecastTarget target)
    {
        ForecastChecks.Predict(FittedFor, target);
        double[] risk = RiskSurface.NewRisk(_extent);
        bool integrated = _method.Intensity == SeppIntensity.Integrated;
        for (int c = 0; c < _weightedMu.Length; c++)
        {
            risk[_data.CellIndex[c]] += integrated ? _weightedMu[c] * target.Length : _weightedMu[c];
        }

        int cols = _extent.Columns;
        for (int i = 0; i < _data.Count; i++)
        {
            double age = target.Start - _data.Time[i];
            double share = integrated
                ? Math.Exp(-Omega * age) - Math.Exp(-Omega * (age + target.Length))
                : Omega * Math.Exp(-Omega * age);
            double w = _data.Weight[i] * share;
            if (w == 0)
            {
                continue;
            }

            long home = _data.CellIndex[_data.Cell[i]];
            risk[home] += Theta * w;
            if (NeighbourTheta == 0)
            {
                continue;
            }

            int row = (int)(home / cols), col = (int)(home % cols);
            for (int dr = -1; dr <= 1; dr++)
            {
                for (int dc = -1; dc <= 1; dc++)
                {
                    int r = row + dr, c = col + dc;
                    if ((dr != 0 || dc != 0) && r >= 0 && r < _extent.Rows && c >= 0 && c < cols)
                    {
                        risk[((long)r * cols) + c] += NeighbourTheta * w;
                    }
                }
            }
        }

        return new RiskSurface(_grid, _extent, target, _method.Name, _parameters + FormattableString.Invariant(
            $"; θ {Theta:G4}, θ₁ {NeighbourTheta:G4}, ω {Omega:G4} per unit, {Iterations} iterations{(Converged ? "" : " (not converged)")}"),
            risk, [], Converged ? [] : [$"EM stopped at its limit of {Iterations} iterations before converging."]);
    }
}
