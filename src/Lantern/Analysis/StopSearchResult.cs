using Lantern.Core.StopSearch;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>A computed stop-and-search summary, what it was made from, and the analysis run it was recorded as.</summary>
/// <param name="Summary">The figures.</param>
/// <param name="Force">The force's slug.</param>
/// <param name="Area">The area asked for, or null for the whole force.</param>
/// <param name="Residents">The census denominators used, or null when none were found.</param>
/// <param name="ResidentsReasons">Why each census was passed over (empty when the first one tried had residents).</param>
/// <param name="Load">How many searches were read and why some were not counted.</param>
/// <param name="Notes">The summary's notes and those about the selection (area, powers, denominators).</param>
/// <param name="Choices">Choices made because the request left them open (force, months).</param>
/// <param name="RunId">The recorded run's number.</param>
/// <param name="ParametersJson">The run's parameters as recorded.</param>
/// <param name="InputsJson">The run's inputs as recorded.</param>
/// <param name="ResultJson">The run's result as recorded.</param>
internal sealed record StopSearchResult(
    StopSearchSummary Summary,
    string Force,
    StoredArea? Area,
    AreaResidents? Residents,
    IReadOnlyList<string> ResidentsReasons,
    StopSearchLoad Load,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Choices,
    long RunId,
    string ParametersJson,
    string InputsJson,
    string ResultJson);
