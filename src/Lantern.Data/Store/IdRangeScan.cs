using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lantern.Data.Store;

/// <summary>
/// Reads a range of row ids in parts, each part on its own read-only connection and core, for the reads of a force's
/// whole history that the pages wait on (423,064 searches for the Met's 30 months). SQLite reads on one thread; with a
/// second connection the two halves are read at once. Each part's result comes back in id order, so callers that merge
/// them exactly (counts, minima, lists in order) answer the same whatever the number of parts.
/// </summary>
/// <remarks>
/// Consistency: every part's connection opens a read transaction and reads before any part starts. The store keeps a
/// rollback journal, under which no writer can commit while a reader holds its shared lock, so all the parts read the same
/// state of the file; the highest imported file's id is compared across them all the same, and on any difference the
/// range is read on the store's own connection instead. The store's own connection must not be inside a transaction (its
/// uncommitted rows would be invisible to the others): then, and on PostgreSQL or a small range, one part is read there.
/// PostgreSQL reads in one part because parts there (each on its own connection, over one snapshot exported with
/// <c>pg_export_snapshot</c>) made no measurable difference on a two-core machine whose server shares the cores, while every
/// page view would hold three pooled connections instead of one (docs/BENCHMARKS.md).
/// </remarks>
internal static class IdRangeScan
{
    /// <summary>Rows below which one part is read: threads and connections cost more than they save.</summary>
    public const long MinimumPart = 100_000;

    [ThreadStatic]
    private static int? s_parts;

    /// <summary>How many parts the last range read on this thread was read in (tests: that parts were really used, or given up).</summary>
    [ThreadStatic]
    internal static int s_lastParts;

    /// <summary>
    /// Reads in this many parts on this thread until disposed, however small the range or few the cores (tests: every
    /// number of parts must give the same answer). The store's own open transaction still means one part.
    /// </summary>
    internal static IDisposable Parts(int parts)
    {
        int? before = s_parts;
        s_parts = parts;
        return new Restore(() => s_parts = before);
    }

    /// <summary>
    /// Reads a force's records of the months <paramref name="from"/> to <paramref name="to"/> from <paramref name="table"/>
    /// (crime, outcome, stop_search), these columns, in id order: the id range SQLite scans (<see cref="LanternStore.ByIdRange"/>),
    /// in parts (<see cref="Run"/>), each part read by <paramref name="read"/> into a result of its own. Through the
    /// (force, month, row key) index instead, SQLite would fetch each row from the table out of order: 3.3 s for two
    /// million crimes against about 1 s.
    /// </summary>
    public static T[] Records<T>(LanternStore store, string table, string force, int from, int to, string columns, Func<StoreRows, T> read)
    {
        (long lo, long hi) = IdRange(store, table, force, from, to);
        return Run(store, $"SELECT {columns} FROM {store.ByIdRange(table)} " +
            "WHERE id BETWEEN @lo AND @hi AND force = @force AND month BETWEEN @from AND @to" + store.InIdOrder,
            [("force", force), ("from", from), ("to", to)], lo, hi, read);
    }

    /// <summary>The ids of the force's records in the months; empty when none.</summary>
    private static (long Lo, long Hi) IdRange(LanternStore store, string table, string force, int from, int to)
    {
        // Whether there are any, through the key index; then the first and the last in id order, read from each end of the
        // table: a force's records are imported file by file, so both stop soon (min and max through the index read all
        // of its entries, 0.1 s for the Met's 423,064 searches).
        var parameters = new { force, from, to };
        const string Where = "WHERE force = @force AND month BETWEEN @from AND @to";
        if (store.Connection.ExecuteScalar<long?>($"SELECT 1 FROM {table} {Where} LIMIT 1", parameters) is null)
        {
            return (0, -1);
        }

        string scanned = store.ByIdRange(table);
        return (store.Connection.ExecuteScalar<long>($"SELECT id FROM {scanned} {Where} ORDER BY id LIMIT 1", parameters),
            store.Connection.ExecuteScalar<long>($"SELECT id FROM {scanned} {Where} ORDER BY id DESC LIMIT 1", parameters));
    }

    /// <summary>Runs <paramref name="read"/> over each part of [<paramref name="lo"/>, <paramref name="hi"/>].</summary>
    /// <param name="store">The store.</param>
    /// <param name="sql">The query, with <c>@lo</c> and <c>@hi</c> bounding the row ids it reads.</param>
    /// <param name="parameters">Its other parameters.</param>
    /// <param name="lo">The first id.</param>
    /// <param name="hi">The last id (below <paramref name="lo"/>: nothing to read, one empty part).</param>
    /// <param name="read">Reads one part's rows into a result of its own; called on several threads at once.</param>
    /// <returns>The parts' results, in id order.</returns>
    public static T[] Run<T>(LanternStore store, string sql, (string Name, object Value)[] parameters, long lo, long hi, Func<StoreRows, T> read)
    {
        int parts = Parts(store, lo, hi);
        if (parts > 1 && Connections((SqliteStore)store, parts) is SqliteConnection[] connections)
        {
            try
            {
                var results = new T[parts];
                Parallel.For(0, parts, k =>
                {
                    long from = lo + ((hi - lo + 1) * k / parts), to = lo + ((hi - lo + 1) * (k + 1) / parts) - 1;
                    using StoreRows rows = StoreRows.Open(connections[k], sql, [.. parameters, ("lo", from), ("hi", to)]);
                    results[k] = read(rows);
                });
                s_lastParts = parts;
                return results;
            }
            catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
            {
                // A part's failure as one read would have thrown it.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
            finally
            {
                Close(connections);
            }
        }

        using StoreRows all = StoreRows.Open(store, sql, [.. parameters, ("lo", lo), ("hi", hi)]);
        T one = read(all);
        s_lastParts = 1;
        return [one];
    }

    private static int Parts(LanternStore store, long lo, long hi) =>
        store is not SqliteStore sqlite || raw.sqlite3_get_autocommit(sqlite.Sqlite.Handle) == 0 || hi < lo ? 1
        : s_parts is { } forced ? forced
        : Environment.ProcessorCount > 1 ? (int)Math.Clamp((hi - lo + 1) / MinimumPart, 1, Math.Min(Environment.ProcessorCount, 4))
        : 1;

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>Called on the reading thread after each part's connection has begun its read (tests: a writer between them).</summary>
    [ThreadStatic]
    internal static Action<int>? s_afterConnection;

    // Read-only connections to the store's file, each inside a read transaction that has read: null when they do not all
    // see the same imports (a commit came between them), or a later one cannot begin at once. The first waits for a writer
    // as any read does; the later ones do not: a writer waiting to commit refuses new readers until the first ends, and the
    // first would not end while this waited for the next (a deadlock until the busy timeout). The range is then read on the
    // store's own connection.
    private static SqliteConnection[]? Connections(SqliteStore store, int parts)
    {
        var connections = new SqliteConnection?[parts];
        long? version = null;
        bool same = true;
        try
        {
            for (int k = 0; k < parts; k++)
            {
                var builder = new SqliteConnectionStringBuilder(store.Sqlite.ConnectionString) { Mode = SqliteOpenMode.ReadOnly };
                var connection = new SqliteConnection(builder.ToString());
                connections[k] = connection;
                connection.Open();
                connection.Execute(k == 0 ? "PRAGMA busy_timeout = 5000; BEGIN" : "PRAGMA busy_timeout = 0; BEGIN");

                // Read through SQLite directly: Microsoft.Data.Sqlite would retry a refused read for its command timeout.
                using var first = new RawStatement(connection, "SELECT max(id) FROM source_file");
                long latest = first.QueryInt64() ?? 0;
                same &= version is null || version == latest;
                version = latest;
                s_afterConnection?.Invoke(k);
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_BUSY)
        {
            same = false;
        }
        catch
        {
            Close(connections);
            throw;
        }

        if (same)
        {
            return Array.ConvertAll(connections, c => c!);
        }

        Close(connections);
        return null;
    }

    private static void Close(SqliteConnection?[] connections)
    {
        foreach (SqliteConnection? c in connections)
        {
            if (c is null)
            {
                continue;
            }

            if (c.State == System.Data.ConnectionState.Open)
            {
                c.Execute("COMMIT");
            }

            c.Dispose();
        }
    }
}
