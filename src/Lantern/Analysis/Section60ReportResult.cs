using Lantern.Core.StopSearch;
using Lantern.Core.StopSearch.Section60;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>The searches under one Section 60 authorisation set against s.1 PACE searches of the same place and period, and the run it was recorded as.</summary>
/// <param name="Row">The register entry as it stood.</param>
/// <param name="Authorisation">The same, in Core's terms.</param>
/// <param name="Section60">The s.60 searches under it: inside the locality within the period, and any the force names as under it.</param>
/// <param name="Section60Load">How the s.60 searches of the period were read and why some were not counted.</param>
/// <param name="Pace">The s.1 PACE searches inside the locality within the period.</param>
/// <param name="PaceLoad">How those were read.</param>
/// <param name="Coverage">Whether the force's data covers the period: <c>whole</c>, <c>partial</c> or <c>missing</c>.</param>
/// <param name="Overlaps">Other authorisations of the force whose period and locality overlap this one's: references with their periods.</param>
/// <param name="Notes">What a reader must know to read the figures right.</param>
/// <param name="RunId">The recorded run's number.</param>
/// <param name="ParametersJson">The run's parameters as recorded.</param>
/// <param name="InputsJson">The run's inputs as recorded.</param>
/// <param name="ResultJson">The run's result as recorded.</param>
internal sealed record Section60ReportResult(
    Section60Row Row,
    Section60Authorisation Authorisation,
    StopSearchSummary Section60,
    StopSearchLoad Section60Load,
    StopSearchSummary Pace,
    StopSearchLoad PaceLoad,
    string Coverage,
    IReadOnlyList<string> Overlaps,
    IReadOnlyList<string> Notes,
    long RunId,
    string ParametersJson,
    string InputsJson,
    string ResultJson);
