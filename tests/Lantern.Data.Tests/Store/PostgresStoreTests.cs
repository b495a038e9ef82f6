using Dapper;
using Lantern.Data.Import;
using Lantern.Data.Store;
using Lantern.Tests.Shared.Store;

namespace Lantern.Data.Tests.Store;

/// <summary>
/// The store suite on PostgreSQL: a new schema per test on the server in LANTERN_TEST_POSTGRES (skipped without one,
/// unless LANTERN_REQUIRE_POSTGRES=1), plus what only a second provider can check: that both schemas are one schema.
/// </summary>
public sealed class PostgresStoreTests : StoreTests
{
    private readonly TestSchema _schema = TestPostgres.CreateSchema();

    private readonly List<TestSchema> _others = [];

    private protected override string Database => _schema.Url;

    private protected override string AnotherDatabase()
    {
        TestSchema other = TestPostgres.CreateSchema();
        _others.Add(other);
        return other.Url;
    }

    [StoreFact]
    public void Schema_SameTablesColumnsAndViewsAsSqlite()
    {
        string file = Path.Combine(Path.GetTempPath(), $"lantern-schema-{Guid.NewGuid():N}.db");
        try
        {
            List<string> sqlite;
            using (SqliteStore lite = SqliteStore.OpenFile(file))
            {
                sqlite = lite.Connection.Query<string>(
                    "SELECT m.type || ' ' || m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p " +
                    "WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' ORDER BY 1").AsList();
            }

            using LanternStore store = Open();
            List<string> postgres = store.Connection.Query<string>(
                "SELECT CASE t.table_type WHEN 'VIEW' THEN 'view' ELSE 'table' END || ' ' || c.table_name || '.' || c.column_name " +
                "FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) " +
                "WHERE c.table_schema = current_schema() ORDER BY 1").AsList();
            Assert.Equal(sqlite.Order(StringComparer.Ordinal), postgres.Order(StringComparer.Ordinal));
            Assert.Equal(LanternStore.Migrations("sqlite").Select(m => m.Name), LanternStore.Migrations("postgres").Select(m => m.Name));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [StoreFact]
    public void Open_DatabaseThatDoesNotExist_IsNullUnlessCreated()
    {
        using LanternStore store = Open();
        string name = $"lantern_test_{Guid.NewGuid():N}";
        var url = new UriBuilder(new Uri(_schema.Url)) { Path = "/" + name, Query = "pooling=false" }.Uri.ToString();
        try
        {
            Assert.Null(LanternStore.OpenExisting(url));
            using (LanternStore created = LanternStore.Open(url))
            {
                Assert.Equal(LanternStore.Migrations("postgres").Max(m => m.Version), created.SchemaVersion);
                Assert.DoesNotContain(new Uri(url).UserInfo.Split(':')[^1], created.Name, StringComparison.Ordinal); // the password
            }

            using LanternStore existing = LanternStore.OpenExisting(url)!;
            Assert.Equal(LanternStore.DisplayName(url), existing.Name);
        }
        finally
        {
            store.Connection.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [StoreFact]
    public void ImportFiles_ServerTakesNoSecondConnection_ImportsAFileAtATime()
    {
        using LanternStore store = Open();
        string name = $"lantern_test_{Guid.NewGuid():N}";
        var url = new UriBuilder(new Uri(_schema.Url)) { Path = "/" + name, Query = "pooling=false" }.Uri.ToString();
        string[] files = [.. Enumerable.Range(1, 3).Select(m => WriteFile($"2024-0{m}/2024-0{m}-gwent-street.csv", StreetHeader, Street($"x{m}", $"2024-0{m}")))];
        try
        {
            LanternStore.Open(url).Dispose(); // created and migrated
            store.Connection.Execute($"ALTER DATABASE {name} CONNECTION LIMIT 1");
            using LanternStore limited = LanternStore.Open(url);

            IReadOnlyList<FileImportResult> r = NewImporter(limited).ImportFiles([.. files.Select(Source)], null, CancellationToken.None);

            Assert.Equal([1L, 1L, 1L], r.Select(x => x.RowsImported));
            Assert.Equal(files, limited.Connection.Query<string>("SELECT name FROM source_file ORDER BY id"));
        }
        finally
        {
            store.Connection.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private protected override Action WhenWaitingForALock(LanternStore store)
    {
        int pid = store.Connection.ExecuteScalar<int>("SELECT pg_backend_pid()");
        return () =>
        {
            using LanternStore watcher = Open();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (watcher.Connection.ExecuteScalar<string?>("SELECT wait_event_type FROM pg_stat_activity WHERE pid = @pid", new { pid }) != "Lock")
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "the second connection never waited for the first one's lock");
                Thread.Sleep(10);
            }
        };
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _schema.Dispose();
            _others.ForEach(s => s.Dispose());
        }

        base.Dispose(disposing);
    }
}
