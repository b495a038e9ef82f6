using System.Data.Common;
using Dapper;
using Lantern.Data.Formats;
using Lantern.Data.Import;
using Microsoft.Data.Sqlite;

namespace Lantern.Data.Store;

/// <summary>The embedded store: one SQLite file, created and migrated on first use.</summary>
internal sealed class SqliteStore : LanternStore
{
    private static readonly Lock s_initLock = new();
    private static bool s_initialised;

    private SqliteStore(SqliteConnection connection, string path)
        : base(connection, path)
    {
        Sqlite = connection;
    }

    /// <summary>The open connection, as SQLite's own type (the import binds statements through its handle).</summary>
    public SqliteConnection Sqlite { get; }

    internal override string PositionFunction => "instr";

    private protected override string Dialect => "sqlite";

    // NOT INDEXED keeps SQLite from every index, but not from the row id: the id range is read as a scan.
    internal override string ByIdRange(string table) => table + " NOT INDEXED";

    // A scan of the id range reads in id order: an ORDER BY made SQLite sort the rows again (a third of the veil's read).
    internal override string InIdOrder => string.Empty;

    /// <summary>Opens (creating and migrating when needed) the database at <paramref name="path"/>.</summary>
    public static SqliteStore OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        InitialiseSqlite();
        string full = System.IO.Path.GetFullPath(path);
        string? dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Cache = SqliteCacheMode.Private };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var store = new SqliteStore(connection, full);
        try
        {
            // The busy timeout first: a statement that finds the file locked (another connection committing) then waits in
            // SQLite, a millisecond at a time at first. Before it is set, Microsoft.Data.Sqlite retries a locked statement
            // after sleeping 150 ms on the thread, which under fifty web clients was most of a new tasking list's time.
            // The journal is left as the file has it: a new file has SQLite's rollback journal, which an import wants; the
            // web server puts the file in write-ahead-log mode while it serves (ShareWithReaders, StopSharing).
            connection.Execute("PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; " +
                "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
            store.Migrate();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <summary>
    /// Puts the file in write-ahead-log mode (the file keeps it until <see cref="StopSharing"/>). Readers then never wait
    /// for a writer, nor a writer for readers: under the rollback journal every new tasking list's recorded run waited for
    /// fifty clients' reads to clear, and they for its commit, in SQLite's sleeps of up to 100 ms (docs/BENCHMARKS.md).
    /// </summary>
    /// <returns>True: the caller keeps this connection open while it serves, so that the log is not checkpointed and
    /// removed each time the last request's connection closes, and undoes the mode with it at the end.</returns>
    /// <exception cref="InvalidOperationException">SQLite kept the file's journal (another connection was writing for a
    /// second).</exception>
    public override bool ShareWithReaders()
    {
        string? mode = SetJournal("WAL") ?? throw new InvalidOperationException("another connection is writing the file");
        return string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase) ? true
            : throw new InvalidOperationException($"SQLite kept the {mode} journal");
    }

    /// <summary>
    /// Back to the rollback journal, which an import wants (it writes each page once instead of twice: the log, then the
    /// file), when the server stops. If another program is writing at that moment the file stays in write-ahead-log mode,
    /// which works as well, a little slower for imports.
    /// </summary>
    public override void StopSharing()
    {
        // Closed connections wait in Microsoft.Data.Sqlite's pool, still open to SQLite, and SQLite leaves the log only
        // when no other connection has it open: close them first. Refused, the file stays in write-ahead-log mode.
        SqliteConnection.ClearPool(Sqlite);
        _ = SetJournal("DELETE");
    }

    /// <summary>
    /// Sets the journal mode, waiting a second at most for another connection's write: the mode SQLite then reports
    /// (its old one when it could not change), or null when the file stayed locked. Through SQLite directly:
    /// Microsoft.Data.Sqlite would retry a locked pragma with 150 ms sleeps for its command timeout.
    /// </summary>
    private string? SetJournal(string mode)
    {
        Sqlite.Execute("PRAGMA busy_timeout = 1000");
        try
        {
            using var pragma = new RawStatement(Sqlite, $"PRAGMA journal_mode = {mode}");
            return pragma.Step() ? System.Text.Encoding.UTF8.GetString(pragma.ColumnUtf8(0)) : null;
        }
        catch (SqliteException e) when (IsLockedByAnother(e))
        {
            return null;
        }
        finally
        {
            Sqlite.Execute("PRAGMA busy_timeout = 5000");
        }
    }

    private protected override bool HasSchemaVersionTable() =>
        Connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") == 1;

    internal override StoreRowWriter CreateRowWriter(DbTransaction transaction, long fileId, SourceKind kind) => new SqliteRowWriter(Sqlite, fileId);

    private static void InitialiseSqlite()
    {
        lock (s_initLock)
        {
            if (!s_initialised)
            {
                SQLitePCL.Batteries_V2.Init();
                s_initialised = true;
            }
        }
    }
}
