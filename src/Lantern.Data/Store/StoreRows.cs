using System.Data;
using System.Globalization;
using System.Text;
using Dapper;

namespace Lantern.Data.Store;

/// <summary>
/// A query's rows read forward once, by column number, for the analyses that read hundreds of thousands of rows (a
/// force's crimes, its searches). On SQLite they come through SQLitePCL directly (<see cref="RawStatement"/>):
/// Microsoft.Data.Sqlite's per-row and per-column checks were 40% of reading a million crimes and over half of reading
/// 423,064 searches (docs/BENCHMARKS.md); on any other store through its ADO.NET reader. Parameters are named
/// <c>@name</c> in the SQL, which both accept.
/// </summary>
internal abstract class StoreRows : IDisposable
{
    /// <summary>Runs <paramref name="sql"/> on the store with the parameters (long, int, double or string values).</summary>
    public static StoreRows Open(LanternStore store, string sql, params (string Name, object Value)[] parameters) =>
        store is SqliteStore sqlite ? new SqliteRows(sqlite.Sqlite, sql, parameters) : new ReaderRows(store, sql, parameters);

    /// <summary>Runs <paramref name="sql"/> on a SQLite connection of its own (<see cref="IdRangeScan"/>).</summary>
    public static StoreRows Open(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, params (string Name, object Value)[] parameters) =>
        new SqliteRows(connection, sql, parameters);

    /// <summary>Moves to the next row: false when there are none left.</summary>
    public abstract bool Step();

    public abstract bool IsNull(int column);

    public abstract long Int64(int column);

    public abstract double Double(int column);

    public abstract string Text(int column);

    /// <summary>A text column's UTF-8 bytes, valid until the next step.</summary>
    public abstract ReadOnlySpan<byte> Utf8(int column);

    public abstract void Dispose();

    private sealed class SqliteRows : StoreRows
    {
        private readonly RawStatement _query;

        public SqliteRows(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
        {
            _query = new RawStatement(connection, sql);
            foreach ((string name, object value) in parameters)
            {
                _query.Bind("@" + name, value);
            }
        }

        public override bool Step() => _query.Step();

        public override bool IsNull(int column) => _query.ColumnIsNull(column);

        public override long Int64(int column) => _query.ColumnInt64(column);

        public override double Double(int column) => _query.ColumnDouble(column);

        public override string Text(int column) => Encoding.UTF8.GetString(_query.ColumnUtf8(column));

        public override ReadOnlySpan<byte> Utf8(int column) => _query.ColumnUtf8(column);

        public override void Dispose() => _query.Dispose();
    }

    private sealed class ReaderRows : StoreRows
    {
        private readonly IDataReader _reader;
        private byte[] _text = new byte[64];

        public ReaderRows(LanternStore store, string sql, (string Name, object Value)[] parameters)
        {
            var values = new DynamicParameters();
            foreach ((string name, object value) in parameters)
            {
                values.Add(name, value);
            }

            _reader = store.Connection.ExecuteReader(sql, values);
        }

        public override bool Step() => _reader.Read();

        public override bool IsNull(int column) => _reader.IsDBNull(column);

        public override long Int64(int column) => Convert.ToInt64(_reader.GetValue(column), CultureInfo.InvariantCulture);

        public override double Double(int column) => _reader.GetDouble(column);

        public override string Text(int column) => _reader.GetString(column);

        public override ReadOnlySpan<byte> Utf8(int column)
        {
            string text = _reader.GetString(column);
            int length = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (_text.Length < length)
            {
                _text = new byte[length];
            }

            return _text.AsSpan(0, Encoding.UTF8.GetBytes(text, _text));
        }

        public override void Dispose() => _reader.Dispose();
    }
}
