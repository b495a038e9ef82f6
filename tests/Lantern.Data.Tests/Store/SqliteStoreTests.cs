using Dapper;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

/// <summary>The store suite on SQLite: a new file per test.</summary>
public sealed class SqliteStoreTests : StoreTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lantern-store-{Guid.NewGuid():N}.db");

    private protected override string Database => _file;

    [Fact]
    public void Open_SetsEveryPragma()
    {
        using LanternStore store = Open();
        Assert.Equal(
            ("delete", 2L, 1L, 5000L, -65536L),
            (store.Connection.ExecuteScalar<string>("PRAGMA journal_mode"), store.Connection.ExecuteScalar<long>("PRAGMA synchronous"),
                store.Connection.ExecuteScalar<long>("PRAGMA foreign_keys"), store.Connection.ExecuteScalar<long>("PRAGMA busy_timeout"),
                store.Connection.ExecuteScalar<long>("PRAGMA cache_size")));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_file);
        }

        base.Dispose(disposing);
    }
}
