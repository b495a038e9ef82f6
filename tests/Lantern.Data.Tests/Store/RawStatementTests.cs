using Dapper;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

public sealed class RawStatementTests
{
    [Theory]
    [InlineData("")] // an empty span has a null pointer: it must still be stored as "", not NULL
    [InlineData("Gwent Police")] // an ordinary string
    public void Text_StoresTheStringAsGiven(string value)
    {
        string path = Path.Combine(Path.GetTempPath(), $"lantern-raw-{Guid.NewGuid():N}.db");
        try
        {
            using (SqliteStore store = SqliteStore.OpenFile(path))
            {
                store.Connection.Execute("CREATE TABLE t (v TEXT)");
                using (var insert = new RawStatement(store.Sqlite, "INSERT INTO t (v) VALUES (?1)"))
                {
                    insert.Text(1, value);
                    Assert.Equal(1, insert.Execute());
                }

                Assert.Equal(value, store.Connection.ExecuteScalar<string?>("SELECT v FROM t"));
                Assert.Equal(0, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM t WHERE v IS NULL"));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void Execute_ConstraintFailure_Throws()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lantern-raw-{Guid.NewGuid():N}.db");
        try
        {
            using SqliteStore store = SqliteStore.OpenFile(path);
            store.Connection.Execute("CREATE TABLE t (v TEXT NOT NULL)");
            using var insert = new RawStatement(store.Sqlite, "INSERT INTO t (v) VALUES (?1)");
            insert.Text(1, null);
            Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => insert.Execute());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
