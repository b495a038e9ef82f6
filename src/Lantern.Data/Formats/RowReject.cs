namespace Lantern.Data.Formats;

/// <summary>A row that failed validation.</summary>
/// <param name="Line">The physical (1-based) line number where the row starts; the header is line 1.</param>
/// <param name="Field">The column at fault, as named in the header, or "(row)" for a wrong field count.</param>
/// <param name="Reason">What was wrong, in words an analyst can act on.</param>
/// <param name="RawLine">The raw record text, without its line terminator.</param>
internal readonly record struct RowReject(long Line, string Field, string Reason, string RawLine);
