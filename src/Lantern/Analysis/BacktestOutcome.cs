using Lantern.Cli;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>A backtest as run and recorded: what the CLI prints and the report and web page show.</summary>
internal sealed record BacktestOutcome(
    string Force,
    BacktestPeriod Period,
    GridSpec Grid,
    CellExtent Extent,
    CellSet? StudyCells,
    LoadedCrimes Loaded,
    List<BacktestResult> Results,
    BacktestComparison[] Comparisons,
    List<string> Choices,
    List<string> Notes,
    long Seed,
    long Run,
    string ParametersJson,
    string InputsJson,
    string ResultJson,
    MethodChosen? Choice);

/// <summary>The best method at a coverage against another, target by target.</summary>
internal sealed record BacktestComparison(string Best, string Other, PairedComparison Result);

/// <summary>The force's method chosen with a backtest: its CLI name, the choice's run and the coverage it was chosen at.</summary>
internal sealed record MethodChosen(string Method, long Run, double Coverage);
