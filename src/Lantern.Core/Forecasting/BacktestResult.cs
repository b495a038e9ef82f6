namespace Lantern.Core.Forecasting;

/// <summary>
/// A rolling-origin backtest of one method: for every target, the method fitted on what was known before it, its forecast
/// scored on what then happened, at every coverage. Immutable and thread safe.
/// </summary>
public sealed class BacktestResult
{
    private readonly ForecastTarget[] _targets;
    private readonly CoverageScore[][] _scores;
    private readonly double[] _coverages;

    internal BacktestResult(string method, string parameters, double[] coverages, ForecastTarget[] targets, CoverageScore[][] scores)
    {
        Method = method;
        Parameters = parameters;
        _coverages = coverages;
        _targets = targets;
        _scores = scores;
    }

    /// <summary>The method's name.</summary>
    public string Method { get; }

    /// <summary>The method's parameters as its first forecast stated them.</summary>
    public string Parameters { get; }

    /// <summary>The coverages scored.</summary>
    public IReadOnlyList<double> Coverages => _coverages;

    /// <summary>The targets, in the order run.</summary>
    public IReadOnlyList<ForecastTarget> Targets => _targets;

    /// <summary>The scores of one target, one per coverage.</summary>
    /// <param name="target">Index into <see cref="Targets"/>.</param>
    /// <returns>The scores.</returns>
    public IReadOnlyList<CoverageScore> ScoresOf(int target) => _scores[target];

    /// <summary>The scores pooled over every target at each coverage.</summary>
    /// <returns>One summary per coverage.</returns>
    public IReadOnlyList<BacktestSummary> Summaries()
    {
        var summaries = new BacktestSummary[_coverages.Length];
        for (int k = 0; k < _coverages.Length; k++)
        {
            long caught = 0, events = 0, best = 0;
            double harmCaught = 0, harm = 0, pai = 0;
            int withEvents = 0;
            foreach (CoverageScore[] scores in _scores)
            {
                CoverageScore s = scores[k];
                caught += s.Captured;
                events += s.Events;
                best += s.BestPossible;
                harmCaught += s.HarmCaptured;
                harm += s.Harm;
                if (s.Events > 0 && s.CellsChosen > 0)
                {
                    pai += s.Pai;
                    withEvents++;
                }
            }

            summaries[k] = new BacktestSummary(_coverages[k], new StopSearch.Proportion(caught, events), harm > 0 ? harmCaught / harm : double.NaN,
                best > 0 ? (double)caught / best : double.NaN, withEvents > 0 ? pai / withEvents : double.NaN, _targets.Length, withEvents);
        }

        return summaries;
    }

    /// <summary>The index of a coverage in <see cref="Coverages"/>.</summary>
    internal int IndexOf(double coverage)
    {
        int k = Array.IndexOf(_coverages, coverage);
        return k >= 0 ? k : throw new ArgumentException($"The backtest did not score a coverage of {coverage}.", nameof(coverage));
    }
}
