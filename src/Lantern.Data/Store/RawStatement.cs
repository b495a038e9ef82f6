using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lantern.Data.Store;

/// <summary>
/// A prepared SQLite statement bound and stepped through SQLitePCL directly, for the import's insert loop and the read of
/// crimes for analysis. Written by hand because Microsoft.Data.Sqlite's per-execute overhead (boxing every parameter,
/// re-checking the command) took 8 of the 11 seconds of importing the shared police data; binding spans directly does
/// not allocate. Reading, its per-column checks were 40% of the time of reading a million crimes (docs/BENCHMARKS.md).
/// Runs inside whatever transaction the connection has open. Not thread safe.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!; // an open connection always has its handle
        int rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite could not prepare '{sql}': {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
        }
    }

    public void Text(int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(_stmt, index);
        }
        else if (value.Length == 0)
        {
            // An empty span has a null pointer, which SQLite would store as NULL: "" is not NULL.
            raw.sqlite3_bind_text(_stmt, index, string.Empty);
        }
        else
        {
            raw.sqlite3_bind_text16(_stmt, index, value.AsSpan());
        }
    }

    public void Real(int index, double? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_double(_stmt, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(_stmt, index);
        }
    }

    public void Integer(int index, long value) => raw.sqlite3_bind_int64(_stmt, index, value);

    public void Integer(int index, long? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(_stmt, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(_stmt, index);
        }
    }

    public void Blob(int index, ReadOnlySpan<byte> value) => raw.sqlite3_bind_blob(_stmt, index, value);

    /// <summary>Binds a named parameter (<c>@name</c>, as written in the SQL) to a long, int, double or string.</summary>
    /// <exception cref="ArgumentException">The SQL has no such parameter, or the value is of another type.</exception>
    public void Bind(string name, object value)
    {
        int index = raw.sqlite3_bind_parameter_index(_stmt, name);
        if (index == 0)
        {
            throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));
        }

        switch (value)
        {
            case long l:
                Integer(index, l);
                break;
            case int i:
                Integer(index, i);
                break;
            case double d:
                Real(index, d);
                break;
            case string t:
                Text(index, t);
                break;
            default:
                throw new ArgumentException($"Parameter {name}: a {value?.GetType().Name ?? "null"} cannot be bound here.", nameof(value));
        }
    }

    /// <summary>Runs the statement with the values bound; returns the number of rows it changed.</summary>
    public int Execute()
    {
        int rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
        }

        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs a query whose first column of its first row is an integer; null when it returns no row.</summary>
    public long? QueryInt64()
    {
        int rc = raw.sqlite3_step(_stmt);
        try
        {
            return rc switch
            {
                raw.SQLITE_ROW => raw.sqlite3_column_int64(_stmt, 0),
                raw.SQLITE_DONE => null,
                _ => throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc),
            };
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    /// <summary>Steps a query: true when a row is ready to read, false when there are no more rows.</summary>
    public bool Step()
    {
        int rc = raw.sqlite3_step(_stmt);
        return rc switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc),
        };
    }

    /// <summary>Whether a column of the current row is NULL.</summary>
    public bool ColumnIsNull(int column) => raw.sqlite3_column_type(_stmt, column) == raw.SQLITE_NULL;

    public long ColumnInt64(int column) => raw.sqlite3_column_int64(_stmt, column);

    public double ColumnDouble(int column) => raw.sqlite3_column_double(_stmt, column);

    /// <summary>A text column's UTF-8 bytes, valid until the next step.</summary>
    public ReadOnlySpan<byte> ColumnUtf8(int column) => raw.sqlite3_column_blob(_stmt, column);

    public void Dispose() => _stmt.Dispose();
}
