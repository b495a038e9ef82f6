namespace Lantern.Bench.Harness;

/// <summary>A new SQLite file in the temporary folder.</summary>
internal sealed class SqliteBenchStore : IBenchStore
{
    public string Kind => "SQLite";

    public string Database { get; } = Path.Combine(Path.GetTempPath(), $"lantern-bench-{Environment.ProcessId}.db");

    public long SizeBytes() => new FileInfo(Database).Length;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string f in new[] { Database, Database + "-wal", Database + "-shm", Database + "-journal" })
        {
            File.Delete(f);
        }
    }
}
