using Microsoft.Data.Sqlite;

namespace Lantern.Data.Store;

/// <summary>
/// Ids of repeated raw strings in the <c>label</c> table, found or added on first sight and remembered. Use one
/// instance per transaction: ids added in a transaction that is rolled back must not be remembered.
/// </summary>
internal sealed class Labels : IDisposable
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly RawStatement _find;
    private readonly RawStatement _add;

    public Labels(SqliteConnection connection)
    {
        _find = new RawStatement(connection, "SELECT id FROM label WHERE text = ?1");
        _add = new RawStatement(connection, "INSERT INTO label (text) VALUES (?1) RETURNING id");
    }

    /// <summary>The id of <paramref name="text"/>, adding it when new; null for null.</summary>
    public long? Id(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (_ids.TryGetValue(text, out long id))
        {
            return id;
        }

        _find.Text(1, text);
        long? found = _find.QueryInt64();
        if (found is null)
        {
            _add.Text(1, text);
            found = _add.QueryInt64();
        }

        _ids[text] = found!.Value; // RETURNING always yields the new row's id
        return found;
    }

    public void Dispose()
    {
        _find.Dispose();
        _add.Dispose();
    }
}
