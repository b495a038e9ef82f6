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
            // A rollback journal, not WAL: an import writes new pages once (WAL writes them twice, then checkpoints),
            // which halved commit time on the shared police data; readers are blocked only while a file commits.
            connection.Execute("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; " +
                "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA busy_timeout = 5000;");
            store.Migrate();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
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
