using Npgsql;

namespace Lantern.Tests.Shared.Store;

/// <summary>A schema made for one test, dropped with everything in it when disposed.</summary>
internal sealed class TestSchema : IDisposable
{
    private readonly NpgsqlConnectionStringBuilder _server;
    private readonly string _name;

    public TestSchema(NpgsqlConnectionStringBuilder server, string name, string url)
    {
        _server = server;
        _name = name;
        Url = url;
    }

    /// <summary>The URL to give <c>--db</c>: the test server, with this schema first on the search path.</summary>
    public string Url { get; }

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(_server.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_name} CASCADE", connection);
        drop.ExecuteNonQuery();
    }
}
