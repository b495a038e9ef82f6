namespace Lantern.Analysis.Scrutiny;

/// <summary>A row of a report table.</summary>
/// <param name="Key">The value's name in code (<c>PaceSection1</c>, <c>Black</c>) or another stable key, for scripts.</param>
/// <param name="Label">The row's label as people read it.</param>
/// <param name="Cells">One figure per column after the label.</param>
internal sealed record ReportRow(string Key, string Label, IReadOnlyList<ReportCell> Cells);
