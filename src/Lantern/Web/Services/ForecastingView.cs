using System.Text.Json;
using Lantern.Analysis;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// What the forecasting page shows and <c>/api/forecasting</c> answers, read once for both: the recorded backtests, each
/// force's chosen method with its evidence, and one backtest's record.
/// </summary>
internal static class ForecastingView
{
    /// <summary>Recorded backtests listed at most, newest first.</summary>
    public const int Listed = 30;

    /// <summary>The newest recorded backtests, newest first.</summary>
    public static IReadOnlyList<(long Id, string? Force, string CreatedAt, string CreatedBy)> Backtests(LanternStore store) =>
        [.. AnalysisRun.List(store, BacktestRun.Kind, null, Listed).Select(r => (r.Id, r.Force, r.CreatedAt, r.CreatedBy))];

    /// <summary>
    /// Per force of <paramref name="forces"/> with a choice: its newest choice run, that run's result (ranking and
    /// comparisons) and parameters.
    /// </summary>
    public static IReadOnlyList<(string Force, long Run, JsonElement Result, JsonElement Parameters)> Choices(LanternStore store,
        IEnumerable<string> forces)
    {
        var choices = new List<(string, long, JsonElement, JsonElement)>();
        foreach (string force in forces)
        {
            if (AnalysisRun.List(store, MethodChoice.Kind, force, 1) is [var latest] && AnalysisRun.Find(store, latest.Id) is { } found)
            {
                choices.Add((force, latest.Id, Parse(found.Result), Parse(found.Parameters)));
            }
        }

        return choices;
    }

    /// <summary>A recorded backtest by its run number; null when that run does not exist or is not a backtest.</summary>
    public static (string? Force, string CreatedAt, string CreatedBy, JsonElement Parameters, JsonElement Inputs, JsonElement Result)? Backtest(
        LanternStore store, long run) =>
        AnalysisRun.Find(store, run) is { Kind: BacktestRun.Kind } found
            ? (found.Force, found.CreatedAt, found.CreatedBy, Parse(found.Parameters), Parse(found.Inputs), Parse(found.Result))
            : null;

    private static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
