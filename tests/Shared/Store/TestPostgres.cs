using Lantern.Data.Store;
using Npgsql;

namespace Lantern.Tests.Shared.Store;

/// <summary>
/// The PostgreSQL server the store tests use: <c>LANTERN_TEST_POSTGRES</c>, a URL such as scripts/postgres.sh prints
/// (scripts/test.sh starts one and sets it). Without it the PostgreSQL tests skip, saying so; with
/// <c>LANTERN_REQUIRE_POSTGRES=1</c> (CI) they run regardless, so a missing server fails them. Each test works in a new
/// schema of its own, dropped afterwards. Only a server on this machine is used: the tests create and drop schemas.
/// Linked into each test project that needs it.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "LANTERN_TEST_POSTGRES";
    public const string RequireVariable = "LANTERN_REQUIRE_POSTGRES";

    private static readonly Lazy<string?> s_unavailable = new(Probe);

    /// <summary>Why the PostgreSQL tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => Environment.GetEnvironmentVariable(RequireVariable) == "1" ? null : s_unavailable.Value;

    /// <summary>A new, empty schema on the test server, named uniquely; the URL selects it.</summary>
    public static TestSchema CreateSchema()
    {
        NpgsqlConnectionStringBuilder server = Server();
        string name = $"lantern_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
            create.ExecuteNonQuery();
        }

        // No pooling: a pool per schema would keep a server connection per test open for minutes after it ends.
        string url = $"{Url()}{(Url().Contains('?', StringComparison.Ordinal) ? '&' : '?')}searchpath={name}&pooling=false";
        return new TestSchema(server, name, url);
    }

    private static string Url() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url
            ? url
            : throw new InvalidOperationException(
                $"{Variable} is not set, and {RequireVariable}=1 says PostgreSQL tests must run: start a server with " +
                $"'bash scripts/postgres.sh start' and set {Variable} to the URL it prints, or run scripts/test.sh.");

    private static NpgsqlConnectionStringBuilder Server()
    {
        NpgsqlConnectionStringBuilder settings = PostgresStore.Parse(Url());
        if (settings.Host is not ("127.0.0.1" or "localhost" or "::1"))
        {
            throw new InvalidOperationException($"{Variable} names {settings.Host}: the tests create and drop schemas, so they use only a server on this machine.");
        }

        settings.Pooling = false;
        return settings;
    }

    private static string? Probe()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            return $"PostgreSQL tests skipped: {Variable} is not set. Start a server with 'bash scripts/postgres.sh start' and set " +
                $"{Variable} to the URL it prints, or run scripts/test.sh, which does both.";
        }

        try
        {
            NpgsqlConnectionStringBuilder settings = Server();
            settings.Timeout = 5;
            using var connection = new NpgsqlConnection(settings.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or FormatException)
        {
            return $"PostgreSQL tests skipped: the server in {Variable} could not be used ({e.Message}).";
        }
    }
}
