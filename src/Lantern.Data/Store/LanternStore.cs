using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;
using Lantern.Data.Formats;
using Lantern.Data.Import;

namespace Lantern.Data.Store;

/// <summary>
/// The store every command reads and writes: SQLite (one file) or PostgreSQL (a server), chosen by the connection
/// string. Both hold the same schema and answer the same SQL; a subclass brings its connection, its dialect's
/// migrations and its bulk-import writer. One instance owns one open connection; not thread safe.
/// </summary>
internal abstract class LanternStore : IDisposable
{
    private const string MigrationPrefix = "Lantern.Data.Store.Migrations.";

    // The embedded migrations per dialect, read once per process: the web opens the store for every request.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(int Version, string Name, string Sql)>> s_migrations =
        new(StringComparer.Ordinal);

    private protected LanternStore(DbConnection connection, string name)
    {
        Connection = connection;
        Name = name;
    }

    /// <summary>The open connection.</summary>
    public DbConnection Connection { get; }

    /// <summary>The store as shown to people and recorded with results: the file's full path, or the server URL without its password.</summary>
    public string Name { get; }

    /// <summary>The schema version after migration.</summary>
    public int SchemaVersion => Connection.ExecuteScalar<int>("SELECT coalesce(max(version), 0) FROM schema_version");

    /// <summary>
    /// The SQL function giving the 1-based position of one string in another, 0 when absent: the one function the
    /// queries need that the two dialects name differently (<c>instr</c>, <c>strpos</c>).
    /// </summary>
    internal abstract string PositionFunction { get; }

    /// <summary>
    /// <paramref name="table"/> as a FROM item to be read by a range of its ids rather than through an index. SQLite
    /// otherwise reads a force's rows by the (force, month) index and looks each row up by id, which took about twice as
    /// long for the Met's 423,064 searches as scanning the id range they lie in; PostgreSQL's planner chooses well itself.
    /// </summary>
    internal virtual string ByIdRange(string table) => table;

    /// <summary>
    /// What ends a query over <see cref="ByIdRange"/> so that its rows come in id order. PostgreSQL promises no order
    /// without <c>ORDER BY</c>: a sequential scan begins wherever another scan of the table has got to (synchronised scans)
    /// and rows fill space freed by deleted ones.
    /// </summary>
    internal virtual string InIdOrder => " ORDER BY id";

    /// <summary>The dialect's folder of migrations (<c>Store/Migrations/&lt;dialect&gt;/NNNN_name.sql</c>).</summary>
    private protected abstract string Dialect { get; }

    /// <summary>Opens the store <paramref name="database"/> names, creating it when it does not exist yet.</summary>
    /// <param name="database">A SQLite file path, or a <c>postgres://user:password@host:port/database</c> URL.</param>
    public static LanternStore Open(string database) =>
        PostgresStore.IsUrl(database) ? PostgresStore.Open(database, create: true)! : SqliteStore.OpenFile(database); // create: never null

    /// <summary>Opens the store when it exists; null when it does not (a file or database never created).</summary>
    public static LanternStore? OpenExisting(string database) =>
        PostgresStore.IsUrl(database) ? PostgresStore.Open(database, create: false) : File.Exists(database) ? SqliteStore.OpenFile(database) : null;

    /// <summary>
    /// True when <paramref name="error"/> is a SQLite file kept locked by another connection's write for longer than
    /// Lantern waits (its busy timeout, then Microsoft.Data.Sqlite's retries for the command's 30 s): another import, or a
    /// server importing. PostgreSQL waits for a lock as long as it takes.
    /// </summary>
    public static bool IsLockedByAnother(DbException error) =>
        error is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED };

    /// <summary>How <paramref name="database"/> is shown before it is open: never with a password.</summary>
    public static string DisplayName(string database) =>
        PostgresStore.IsUrl(database) ? PostgresStore.Describe(PostgresStore.Parse(database)) : Path.GetFullPath(database);

    /// <summary>
    /// Begins a transaction on the store's connection. On SQLite it takes the file's write lock at once (BEGIN IMMEDIATE),
    /// so a transaction that reads and then writes never meets another writer half way.
    /// </summary>
    public DbTransaction BeginTransaction() => Connection.BeginTransaction();

    /// <summary>
    /// Runs an <c>INSERT ... RETURNING id</c> and gives the new row's id. The statement is read to its end: SQLite hands
    /// out the RETURNING row before it checks foreign keys, and reports a violation only when the statement is stepped
    /// to completion; a read that stops at the first row (ExecuteScalar) would return an id for a row SQLite then
    /// silently takes back.
    /// </summary>
    public long InsertReturningId(string sql, object parameters, DbTransaction? transaction = null) =>
        Connection.QuerySingle<long>(sql, parameters, transaction);

    /// <summary>
    /// As <see cref="InsertReturningId"/>, for an <c>INSERT ... ON CONFLICT (key) DO NOTHING RETURNING id</c>: the new row's
    /// id, or null when the key was taken, by a row committed before or (PostgreSQL waits for it) by another transaction
    /// that commits meanwhile. So two imports of the same file at once end with one row, and the second knows it.
    /// </summary>
    public long? InsertReturningIdUnlessPresent(string sql, object parameters, DbTransaction? transaction = null) =>
        Connection.QuerySingleOrDefault<long?>(sql, parameters, transaction);

    /// <summary>
    /// The forces a table of records (crime, outcome, stop_search) holds, by slug in ordinal order: a loose index scan,
    /// one seek of the (force, month, row key) index per force, instant where grouping by force reads every row.
    /// </summary>
    public IReadOnlyList<string> ForcesIn(string table) =>
        Connection.Query<string>(
            $"WITH RECURSIVE f(force) AS (SELECT min(force) FROM {table} UNION ALL " +
            $"SELECT (SELECT min(s.force) FROM {table} s WHERE s.force > f.force) FROM f WHERE f.force IS NOT NULL) " +
            "SELECT force FROM f WHERE force IS NOT NULL").AsList();

    /// <summary>
    /// Keeps other writers of <paramref name="table"/> out until <paramref name="transaction"/> ends, for a write that
    /// depends on what it has just read (the audit chain's last hash, a publication's next version). SQLite's write
    /// transaction already holds the whole file; a server store locks the table. Readers are not held back.
    /// </summary>
    public virtual void LockForWriting(DbTransaction transaction, string table)
    {
    }

    /// <summary>
    /// Readies the store for many readers and writers at once (the web server). SQLite: the file's write-ahead log, which
    /// lasts while a connection keeps the file open. A server store needs nothing.
    /// </summary>
    /// <returns>Whether the caller must keep this store open for as long as it wants the readiness.</returns>
    public virtual bool ShareWithReaders() => false;

    /// <summary>Undoes <see cref="ShareWithReaders"/> where the store keeps it (SQLite's file) and can do so at once.</summary>
    public virtual void StopSharing()
    {
    }

    public void Dispose() => Connection.Dispose();

    /// <summary>The dialect's writer for one file's rows, inside <paramref name="transaction"/>.</summary>
    internal abstract StoreRowWriter CreateRowWriter(DbTransaction transaction, long fileId, SourceKind kind);

    /// <summary>The dialect's embedded migrations in version order.</summary>
    internal static IReadOnlyList<(int Version, string Name, string Sql)> Migrations(string dialect) => s_migrations.GetOrAdd(dialect, ReadMigrations);

    private static List<(int Version, string Name, string Sql)> ReadMigrations(string dialect)
    {
        string prefix = MigrationPrefix + dialect + ".";
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<(int, string, string)>();
        foreach (string name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            string file = name[prefix.Length..];
            int version = int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using Stream stream = assembly.GetManifestResourceStream(name)!; // listed by the assembly itself
            using var reader = new StreamReader(stream);
            list.Add((version, file, reader.ReadToEnd()));
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

    /// <summary>
    /// Brings the schema up to date: every migration not yet applied, in version order, in one transaction. A migration is
    /// applied when its version is missing from the store, not only when it is above the highest there: branches merged
    /// in any order can add a lower number after a higher one has reached a store. A store already up to date is only
    /// read, never locked: the web app opens the store for every request, and a write lock each time would queue every
    /// page behind an import.
    /// </summary>
    /// <exception cref="InvalidDataException">The store holds a migration this build does not know: a newer Lantern made it.</exception>
    private protected void Migrate()
    {
        IReadOnlyList<(int Version, string Name, string Sql)> known = Migrations(Dialect);
        if (HasSchemaVersionTable() && Missing(known, AppliedVersions(null)).Count == 0)
        {
            return;
        }

        using DbTransaction tx = Connection.BeginTransaction();
        LockForMigration(tx);
        Connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            transaction: tx);
        foreach ((int version, string name, string sql) in Missing(known, AppliedVersions(tx)))
        {
            Connection.Execute(sql, transaction: tx);
            Connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) }, tx);
        }

        tx.Commit();
    }

    private HashSet<int> AppliedVersions(DbTransaction? tx) => [.. Connection.Query<int>("SELECT version FROM schema_version", transaction: tx)];

    private static List<(int Version, string Name, string Sql)> Missing(IReadOnlyList<(int Version, string Name, string Sql)> known, HashSet<int> applied)
    {
        int[] unknown = [.. applied.Where(v => !known.Any(m => m.Version == v)).Order()];
        if (unknown.Length > 0)
        {
            throw new InvalidDataException(
                $"The store has schema version(s) {string.Join(", ", unknown)}, which this Lantern does not know (it knows up to " +
                $"{known[^1].Version}): it was written by a newer Lantern. Use that version, or a copy of the data made before it.");
        }

        return [.. known.Where(m => !applied.Contains(m.Version))];
    }

    /// <summary>Whether the store has its schema_version table yet (a new store has none).</summary>
    private protected abstract bool HasSchemaVersionTable();

    /// <summary>Keeps two processes that open the same new store from migrating it at once (a server store needs a lock of its own).</summary>
    private protected virtual void LockForMigration(DbTransaction transaction)
    {
    }
}
