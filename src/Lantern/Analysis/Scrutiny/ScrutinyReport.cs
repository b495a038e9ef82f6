using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Analysis.Scrutiny;

/// <summary>A scrutiny panel's monthly stop-and-search report: aggregates only, small numbers suppressed, and the run it was recorded as.</summary>
/// <param name="Force">The force's slug.</param>
/// <param name="ForceName">The force's name.</param>
/// <param name="Month">The month (UK dates, as data.police.uk files searches).</param>
/// <param name="Status">Whether the force's data for the month is whole, partial or missing.</param>
/// <param name="Tables">The tables, every figure suppressed as the rules say; none when the month is missing.</param>
/// <param name="Notes">What a reader must know, the suppression rule first.</param>
/// <param name="Withheld">How many counts were withheld as secondaries (not small themselves).</param>
/// <param name="MadeAt">When it was made.</param>
/// <param name="MadeBy">Who made it (the account, or the login name on the command line).</param>
/// <param name="RunId">The recorded run's number.</param>
/// <param name="ParametersJson">The run's parameters as recorded.</param>
/// <param name="ResultJson">The run's result as recorded: the report as published.</param>
internal sealed record ScrutinyReport(
    string Force,
    string ForceName,
    YearMonth Month,
    MonthStatus Status,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<string> Notes,
    int Withheld,
    DateTimeOffset MadeAt,
    string MadeBy,
    long RunId,
    string ParametersJson,
    string ResultJson)
{
    /// <summary>
    /// The report as <c>--json</c> and the API give it: the run, its parameters and the published result. Not the run's
    /// inputs, which name the database and the unsuppressed runs the report was made from (<c>lantern runs show</c> has them).
    /// </summary>
    public string Json(string version) =>
        $"{{\"run\": {RunId}, \"lanternVersion\": \"{version}\", \"parameters\": {ParametersJson}, \"result\": {ResultJson}}}";
}
