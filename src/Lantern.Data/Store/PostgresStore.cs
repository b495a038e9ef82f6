using System.Data.Common;
using System.Globalization;
using Dapper;
using Lantern.Data.Formats;
using Lantern.Data.Import;
using Npgsql;

namespace Lantern.Data.Store;

/// <summary>
/// The server store: a PostgreSQL 15 database named by a <c>postgres://user:password@host:port/database</c> URL,
/// created (when the user may) and migrated on first use, as the SQLite file is.
/// </summary>
internal sealed class PostgresStore : LanternStore
{
    // PostgreSQL's SQLSTATE for "database does not exist".
    private const string NoSuchDatabase = "3D000";

    // What the connection was opened with, password included, for a second connection to the same database.
    private readonly NpgsqlConnectionStringBuilder _settings;

    private PostgresStore(NpgsqlConnection connection, NpgsqlConnectionStringBuilder settings)
        : base(connection, Describe(settings))
    {
        Npgsql = connection;
        _settings = settings;
    }

    /// <summary>The open connection, as Npgsql's own type (the import's binary COPY needs it).</summary>
    public NpgsqlConnection Npgsql { get; }

    internal override string PositionFunction => "strpos";

    private protected override string Dialect => "postgres";

    /// <summary>Whether <paramref name="database"/> is a PostgreSQL URL rather than a file path.</summary>
    public static bool IsUrl(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a <c>postgres://user:password@host:port/database?keyword=value</c> URL (libpq's form; user and password
    /// percent-encoded) into Npgsql's settings. Query keywords are Npgsql's own (<c>sslmode=require</c>, <c>timeout=30</c>).
    /// </summary>
    /// <exception cref="FormatException">The URL lacks a host or a database, or names a keyword Npgsql does not know.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException($"'{Redact(url)}' is not a PostgreSQL URL: expected postgres://user:password@host:port/database");
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
        {
            throw new FormatException($"{Redact(url)}: name the database (postgres://user:password@host:port/DATABASE)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.IdnHost,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
            ApplicationName = "lantern",
        };
        string[] user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]);
            try
            {
                builder[key] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new FormatException($"{Redact(url)}: '{key}' is not a connection setting Npgsql knows, or its value is not one it accepts", e);
            }
        }

        return builder;
    }

    /// <summary>The URL of <paramref name="settings"/> without its password: what messages and recorded results show.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder settings)
    {
        string user = string.IsNullOrEmpty(settings.Username) ? string.Empty : Uri.EscapeDataString(settings.Username) + "@";
        string host = settings.Host is { } h && h.Contains(':', StringComparison.Ordinal) ? $"[{h}]" : settings.Host ?? string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{host}:{settings.Port}/{Uri.EscapeDataString(settings.Database ?? string.Empty)}");
    }

    /// <summary>
    /// Opens and migrates the database the URL names. When it does not exist: with <paramref name="create"/>, creates
    /// it (through the server's <c>postgres</c> database, as <c>createdb</c> does); without, returns null.
    /// </summary>
    public static PostgresStore? Open(string url, bool create)
    {
        NpgsqlConnectionStringBuilder settings = Parse(url);
        NpgsqlConnection? connection = Connect(settings);
        if (connection is null)
        {
            if (!create)
            {
                return null;
            }

            CreateDatabase(settings);
            connection = Connect(settings) ?? throw new InvalidOperationException($"{Describe(settings)} was created but cannot be found.");
        }

        var store = new PostgresStore(connection, settings);
        try
        {
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
    /// Another connection to the same database, as a store of its own (migrated already, by this one): the import
    /// merges a file on one connection while it reads the next into the other (<see cref="Importer.ImportFiles"/>).
    /// Null when the server takes no more connections: the import then goes a file at a time on this one.
    /// </summary>
    public PostgresStore? OpenAnother()
    {
        try
        {
            return new(Connect(_settings) ?? throw new InvalidOperationException($"{Name} is no longer there."), _settings);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.ConfigurationLimitExceeded)
        {
            return null;
        }
    }

    private protected override bool HasSchemaVersionTable() =>
        Connection.ExecuteScalar<bool>("SELECT to_regclass('schema_version') IS NOT NULL");

    internal override StoreRowWriter CreateRowWriter(DbTransaction transaction, long fileId, SourceKind kind) =>
        new PostgresRowWriter(Npgsql, fileId, kind);

    public override void LockForWriting(DbTransaction transaction, string table) =>
        // EXCLUSIVE conflicts with every writer's ROW EXCLUSIVE but not with readers' ACCESS SHARE.
        Connection.Execute($"LOCK TABLE {table} IN EXCLUSIVE MODE", transaction: transaction);

    private protected override void LockForMigration(DbTransaction transaction) =>
        // Any constant will do, as long as it is always the same one: it is held until the migration commits.
        Connection.Execute("SELECT pg_advisory_xact_lock(7461234567)", transaction: transaction);

    /// <summary>An open connection, or null when the database does not exist.</summary>
    private static NpgsqlConnection? Connect(NpgsqlConnectionStringBuilder settings)
    {
        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (PostgresException e) when (e.SqlState == NoSuchDatabase)
        {
            connection.Dispose();
            return null;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void CreateDatabase(NpgsqlConnectionStringBuilder settings)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        connection.Open();
        string name = settings.Database!; // Parse always sets it
        try
        {
            connection.Execute($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another process created it between our look and our create: it is there, which is what was wanted.
        }
    }

    private static string Redact(string url)
    {
        int at = url.LastIndexOf('@');
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        int colon = scheme < 0 || at < 0 ? -1 : url.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? url[..colon] + ":***" + url[at..] : url;
    }
}
