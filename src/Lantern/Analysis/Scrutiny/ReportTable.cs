namespace Lantern.Analysis.Scrutiny;

/// <summary>A table of the scrutiny report, its figures already suppressed as the rules say.</summary>
/// <param name="Id">A stable name for scripts and pages (<c>legislation</c>, <c>disproportionality</c>).</param>
/// <param name="Title">The table's title.</param>
/// <param name="Columns">The columns' headings, the label column first.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Notes">What a reader must know to read it (empty rows explained, what a figure means).</param>
internal sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Notes);
