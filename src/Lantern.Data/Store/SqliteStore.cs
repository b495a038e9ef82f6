using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Lantern.Data.Store;

/// <summary>
/// The embedded store: one SQLite file, created and migrated on first use. One instance owns one open connection;
/// not thread safe.
/// </summary>
internal sealed class SqliteStore : IDisposable
{
    private const string MigrationPrefix = "Lantern.Data.Store.Migrations.sqlite.";
    private static readonly Lock s_initLock = new();
    private static readonly Lazy<List<(int Version, string Name, string Sql)>> s_migrations = new(ReadMigrations);
    private static bool s_initialised;

    private SqliteStore(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version after migration.</summary>
    public int SchemaVersion => Connection.ExecuteScalar<int>("SELECT coalesce(max(version), 0) FROM schema_version");

    /// <summary>Opens (creating and migrating when needed) the database at <paramref name="path"/>.</summary>
    public static SqliteStore Open(string path)
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

    /// <summary>Begins a transaction on the store's connection.</summary>
    public SqliteTransaction BeginTransaction() => Connection.BeginTransaction();

    public void Dispose() => Connection.Dispose();

    /// <summary>The embedded migrations in version order, read once: the web opens the store for every request.</summary>
    internal static IReadOnlyList<(int Version, string Name, string Sql)> Migrations() => s_migrations.Value;

    private static List<(int Version, string Name, string Sql)> ReadMigrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<(int, string, string)>();
        foreach (string name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(MigrationPrefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            string file = name[MigrationPrefix.Length..];
            int version = int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using Stream stream = assembly.GetManifestResourceStream(name)!; // listed by the assembly itself
            using var reader = new StreamReader(stream);
            list.Add((version, file, reader.ReadToEnd()));
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

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

    private void Migrate()
    {
        Connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int current = SchemaVersion;
        foreach ((int version, string name, string sql) in Migrations())
        {
            if (version <= current)
            {
                continue;
            }

            using SqliteTransaction tx = Connection.BeginTransaction();
            Connection.Execute(sql, transaction: tx);
            Connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) }, tx);
            tx.Commit();
        }
    }
}
