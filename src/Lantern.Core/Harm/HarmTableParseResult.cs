namespace Lantern.Core.Harm;

/// <summary>The outcome of <see cref="HarmTable.Parse"/>: a table, or an error naming file, line and field.</summary>
public sealed class HarmTableParseResult
{
    private HarmTableParseResult(HarmTable? table, string? error)
    {
        Table = table;
        Error = error;
    }

    /// <summary>The table, when parsing succeeded.</summary>
    public HarmTable? Table { get; }

    /// <summary>"file line N, field F: reason", when parsing failed.</summary>
    public string? Error { get; }

    internal static HarmTableParseResult Ok(HarmTable table) => new(table, null);

    internal static HarmTableParseResult Fail(string file, int line, string field, string reason) =>
        new(null, $"{file} line {line}, field '{field}': {reason}");
}
