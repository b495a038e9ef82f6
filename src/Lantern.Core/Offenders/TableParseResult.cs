namespace Lantern.Core.Offenders;

/// <summary>The outcome of parsing one of the offender tables: the table, or an error naming file, line and field.</summary>
/// <typeparam name="T">The table's type.</typeparam>
public sealed class TableParseResult<T>
    where T : class
{
    private TableParseResult(T? table, string? error)
    {
        Table = table;
        Error = error;
    }

    /// <summary>The table, when parsing succeeded.</summary>
    public T? Table { get; }

    /// <summary>"file line N, field 'F': reason", when parsing failed.</summary>
    public string? Error { get; }

    internal static TableParseResult<T> Ok(T table) => new(table, null);

    internal static TableParseResult<T> Fail(string file, int line, string field, string reason) =>
        new(null, $"{file} line {line}, field '{field}': {reason}");
}
