namespace Lantern.Data.Formats.Exports;

/// <summary>
/// What an export carries of its run beyond the analysis itself, so that a file passed on is still the record of the list
/// it came from: the force, the recorded run's number, the data it used (months present and missing) and the choices the
/// run made because the request left them open (the force, the study area, the seed).
/// </summary>
/// <param name="Force">The force's slug.</param>
/// <param name="Run">The recorded run's number ('lantern runs show N').</param>
/// <param name="Data">The data used, as the command line's "Data:" line gives it.</param>
/// <param name="Choices">The run's own automatic choices, as recorded.</param>
/// <param name="Area">The area the analysis was limited to, if any.</param>
internal sealed record ExportRecord(string Force, long Run, string Data, IReadOnlyList<string> Choices, string? Area = null);
