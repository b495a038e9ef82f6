using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Crimes;
using Lantern.Core.Tasking;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>A computed tasking list with everything it was made from, and the analysis run it was recorded as.</summary>
internal sealed record TaskingResult(
    TaskingList List,
    string Force,
    GridSpec Grid,
    StoredArea? Area,
    LoadedCrimes Loaded,
    CrimePoints Points,
    HarmTable Harm,
    string HarmSource,
    IReadOnlyList<string> Choices,
    AreaCodes Areas,
    Func<CellId, string?>? AreaOf,
    long RunId,
    string ParametersJson,
    string InputsJson,
    string ResultJson,
    string? DataAgeWarning)
{
    /// <summary>What its exports carry of the run: force, run number, the data used, the run's own choices, the area.</summary>
    public ExportRecord Record() => new(Force, RunId, Cli.AnalysisInputs.SourceSummary(Loaded), Choices, Area?.Code);
}
