using Lantern.Core.StopSearch;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>Every borough's stop-and-search figures for a force and period, the force's beside them, and the run they were recorded as.</summary>
/// <param name="Force">The force's slug.</param>
/// <param name="Summary">The force's own summary from the same read (searches without coordinates and outside every borough included).</param>
/// <param name="Residents">The force's census residents, or null.</param>
/// <param name="Rows">One row per imported borough, in code order.</param>
/// <param name="Load">What the read found: placed, outside every borough, without coordinates.</param>
/// <param name="Notes">What a reader must know.</param>
/// <param name="Choices">Choices made because the request left them open.</param>
/// <param name="RunId">The recorded run's number.</param>
/// <param name="ParametersJson">The run's parameters as recorded.</param>
/// <param name="InputsJson">The run's inputs as recorded.</param>
/// <param name="ResultJson">The run's result as recorded.</param>
internal sealed record BoroughTableResult(
    string Force,
    StopSearchSummary Summary,
    AreaResidents? Residents,
    IReadOnlyList<BoroughRow> Rows,
    StopSearchLoad Load,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Choices,
    long RunId,
    string ParametersJson,
    string InputsJson,
    string ResultJson)
{
    /// <summary>The run as <c>--json</c> and the API give it.</summary>
    public RecordedRun Run => new(RunId, ParametersJson, InputsJson, ResultJson);
}
