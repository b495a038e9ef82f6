namespace Lantern.Data.Tests.Store;

/// <summary>The store suite on SQLite: a new file per test.</summary>
public sealed class SqliteStoreTests : StoreTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lantern-store-{Guid.NewGuid():N}.db");

    private protected override string Database => _file;

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
