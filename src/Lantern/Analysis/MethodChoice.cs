using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Forecasting;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// A force's forecasting method, chosen as the best on its own recent past (issue #5): from a backtest, the method that
/// caught the most crimes at one coverage, with the evidence (every method's scores and the paired comparisons of the
/// best against the rest) recorded as a run of kind <see cref="Kind"/>. <c>lantern tasking --method chosen</c> uses it.
/// </summary>
/// <remarks>
/// The rule, in order: the highest pooled hit rate at the choice coverage (crimes caught out of all, over every target);
/// on equal crimes caught, the higher mean PAI; then the simpler method, in the order the CLI lists them (naive, retro,
/// prospective, kde, gridsepp, sepp), since a simpler method that does as well is easier to explain and to check.
/// </remarks>
internal static class MethodChoice
{
    /// <summary>The run kind a choice is recorded under.</summary>
    public const string Kind = "method-choice";

    /// <summary>The rule, as recorded and shown.</summary>
    public const string Rule =
        "highest pooled hit rate at the choice coverage; on equal crimes caught, higher mean PAI; then the simpler method " +
        "(naive, retro, prospective, kde, gridsepp, sepp)";

    /// <summary>Chooses among backtested methods and records the choice with its evidence.</summary>
    /// <param name="store">Where to record it.</param>
    /// <param name="force">The force.</param>
    /// <param name="names">The CLI names of the methods, in the order of <paramref name="results"/>.</param>
    /// <param name="results">Their backtests, on the same targets.</param>
    /// <param name="coverage">The coverage the choice is made at: one the backtests scored.</param>
    /// <param name="backtestRun">The backtest's run number (the evidence in full).</param>
    /// <param name="by">Who asked.</param>
    /// <param name="at">When.</param>
    /// <returns>The chosen method's CLI name and the choice's run number.</returns>
    public static (string Method, long Run) Record(LanternStore store, string force, IReadOnlyList<string> names, IReadOnlyList<BacktestResult> results,
        double coverage, long backtestRun, string by, DateTimeOffset at)
    {
        int k = results[0].Coverages.ToList().IndexOf(coverage);
        int[] order = [.. Enumerable.Range(0, results.Count)
            .OrderByDescending(i => results[i].Summaries()[k].HitRate.Events)
            .ThenByDescending(i => Finite(results[i].Summaries()[k].MeanPai))
            .ThenBy(i => Array.IndexOf(BacktestCommand.s_methodNames, names[i]))];
        int best = order[0];
        string parameters = JsonSerializer.Serialize(new { force, coverage, rule = Rule, backtestRun, methods = names }, JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new { backtestRun, targets = results[0].Targets.Count, first = results[0].Targets[0].Label,
            last = results[0].Targets[^1].Label }, JsonOutput.Options);
        string result = JsonSerializer.Serialize(new
        {
            chosen = names[best],
            method = results[best].Method,
            parameters = results[best].Parameters,
            ranking = order.Select(i => new
            {
                method = names[i],
                captured = results[i].Summaries()[k].HitRate.Events,
                events = results[i].Summaries()[k].HitRate.Of,
                hitRate = results[i].Summaries()[k].HitRate.Value,
                meanPai = Finite(results[i].Summaries()[k].MeanPai),
            }),
            comparisons = order.Skip(1).Select(i =>
            {
                PairedComparison p = Backtest.Compare(results[best], results[i], coverage);
                return new
                {
                    other = names[i],
                    bestWins = p.FirstWins,
                    otherWins = p.SecondWins,
                    ties = p.Ties,
                    signTestP = Finite(p.SignTestP),
                    meanHitRateDifference = Finite(p.MeanHitRateDifference),
                };
            }),
        }, JsonOutput.Options);
        long run = AnalysisRun.Record(store, Kind, force, by, LanternCli.Version, at, parameters, inputs, result);
        return (names[best], run);
    }

    /// <summary>The force's latest choice: the method's CLI name and the run that chose it, or null when none was made.</summary>
    public static (string Method, long Run)? Latest(LanternStore store, string force)
    {
        var runs = AnalysisRun.List(store, Kind, force, 1);
        if (runs.Count == 0)
        {
            return null;
        }

        return Of(store, force, runs[0].Id);
    }

    /// <summary>The choice a given run made for the force (a recorded list's, checked again), or null when that run is no such choice.</summary>
    public static (string Method, long Run)? Of(LanternStore store, string force, long run)
    {
        if (AnalysisRun.Find(store, run) is not { Kind: Kind } found || found.Force != force)
        {
            return null;
        }

        using JsonDocument doc = JsonDocument.Parse(found.Result);
        return (doc.RootElement.GetProperty("chosen").GetString()!, run); // written by Record
    }

    /// <summary>"gridsepp (run #12)" and the explanation for the tasking's automatic choices.</summary>
    public static string Describe(string method, long run, double coverage) => string.Create(CultureInfo.InvariantCulture,
        $"{method}: the force's chosen method (run #{run}, best at {coverage * 100:0.##}% coverage of its own recent past)");

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
