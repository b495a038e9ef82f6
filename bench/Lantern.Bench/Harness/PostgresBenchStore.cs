using Dapper;
using Lantern.Data.Store;
using Npgsql;

namespace Lantern.Bench.Harness;

/// <summary>A new database on the server a URL names (scripts/postgres.sh start prints one), dropped afterwards.</summary>
internal sealed class PostgresBenchStore : IBenchStore
{
    private readonly NpgsqlConnectionStringBuilder _server;
    private readonly string _name = $"lantern_bench_{Environment.ProcessId}";

    public PostgresBenchStore(string url)
    {
        _server = PostgresStore.Parse(url);
        var uri = new Uri(url);
        Database = new UriBuilder(uri) { Path = "/" + _name }.Uri.ToString();
    }

    public string Kind => "PostgreSQL";

    public string Database { get; }

    public long SizeBytes()
    {
        using var connection = new NpgsqlConnection(_server.ConnectionString);
        return connection.ExecuteScalar<long>("SELECT pg_database_size(@name)", new { name = _name });
    }

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(_server.ConnectionString);
        connection.Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
