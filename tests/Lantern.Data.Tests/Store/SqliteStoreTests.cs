using Dapper;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Tests.Shared.Store;

namespace Lantern.Data.Tests.Store;

/// <summary>The store suite on SQLite: a new file per test.</summary>
public sealed class SqliteStoreTests : StoreTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lantern-store-{Guid.NewGuid():N}.db");

    private protected override string Database => _file;

    [Fact]
    public void IsLockedByAnother_AWriteRefusedBecauseAnotherConnectionWrites_True_OtherErrorsFalse()
    {
        using LanternStore store = Open();
        var locked = SqliteRefusal.WriteLockedByAnother(store, _file);
        var other = SqliteRefusal.NoSuchTable(store);

        Assert.True(LanternStore.IsLockedByAnother(locked));
        Assert.False(LanternStore.IsLockedByAnother(other));
    }

    [Fact]
    public async Task SearchesReadInParts_AWriterWaitingBetweenThem_ReadOnTheStoresOwnConnection()
    {
        using LanternStore store = Open();
        Import(store, WriteFile("2023-07/2023-07-metropolitan-stop-and-search.csv", [SearchHeader, .. Enumerable.Range(0, 50).Select(i =>
            $"Person search,2023-07-{1 + (i % 28):00}T12:00:00+00:00,False,,51.5,-0.1,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,")]));
        YearMonth july = new(2023, 7);
        using var writer = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = _file }.ToString());
        writer.Open();
        writer.Execute("PRAGMA busy_timeout = 20000");
        Task? commit = null;

        // Once the first part has begun its read, a writer comes to commit: it waits for that reader, and refuses new ones.
        IdRangeScan.s_afterConnection = k =>
        {
            if (k == 0)
            {
                commit = Task.Run(() => writer.Execute("BEGIN; INSERT INTO label (text) VALUES ('written meanwhile'); COMMIT"));
                SpinWait.SpinUntil(() => commit.IsCompleted || PendingWriter(), 5000);
            }
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        StopSearchLoad load;
        try
        {
            using IDisposable _ = IdRangeScan.Parts(2);
            load = StopSearchQuery.Load(store, new StopSearchSelection("metropolitan", july, july), new StopSearchSummaryBuilder(new StopSearchSummaryOptions(july, july)), null);
        }
        finally
        {
            IdRangeScan.s_afterConnection = null;
        }

        Assert.Equal(50, load.Read);
        Assert.Equal(1, IdRangeScan.s_lastParts); // the parts given up, the range read on the store's own connection
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the read took {clock.Elapsed}: it waited out the busy timeout");
        await commit!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM label WHERE text = 'written meanwhile'"));

        // Whether a writer holds the lock that refuses new readers: a fresh reader cannot begin.
        bool PendingWriter()
        {
            using var probe = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString());
            probe.Open();
            try
            {
                probe.Execute("PRAGMA busy_timeout = 0");
                using var read = new RawStatement(probe, "SELECT count(*) FROM label"); // no retrying, unlike Microsoft.Data.Sqlite's commands
                _ = read.QueryInt64();
                return false;
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                return true;
            }
        }
    }

    [Fact]
    public void ServedFile_InWriteAheadLogModeWhileServed_AnImportMeanwhileKeepsIt_BackToTheRollbackJournalAfter()
    {
        string july = WriteFile("2024-07/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"), Street("aa02", "2024-07"));
        using LanternStore server = Open();
        Assert.Equal("delete", JournalMode(server)); // a new file
        Assert.True(server.ShareWithReaders());
        using (LanternStore importing = Open())
        {
            Assert.Equal("wal", JournalMode(importing));
            Assert.Equal(2, Import(importing, july).RowsImported);
            Assert.Equal("wal", JournalMode(importing)); // an import leaves the mode as it is
        }

        Assert.Equal(2, server.Connection.ExecuteScalar<long>("SELECT count(*) FROM crime"));
        server.StopSharing();
        Assert.Equal("delete", JournalMode(server));
        using LanternStore after = Open();
        Assert.Equal(("delete", 2L), (JournalMode(after), after.Connection.ExecuteScalar<long>("SELECT count(*) FROM crime")));

        static string JournalMode(LanternStore store) => store.Connection.ExecuteScalar<string>("PRAGMA journal_mode")!;
    }

    [Fact]
    public void ShareWithReaders_AnotherConnectionWriting_RefusedWithinASecondOrTwo_ThenDone()
    {
        using LanternStore server = Open();
        using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_file};Pooling=False"))
        {
            writer.Open();
            writer.Execute("BEGIN IMMEDIATE; INSERT INTO label (text) VALUES ('being written')");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => server.ShareWithReaders());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"refused after {clock.Elapsed}");
            Assert.Contains("writing", e.Message, StringComparison.Ordinal);
            Assert.Equal("delete", server.Connection.ExecuteScalar<string>("PRAGMA journal_mode"));
            writer.Execute("COMMIT");
        }

        Assert.True(server.ShareWithReaders());
        Assert.Equal(("wal", 5000L), (server.Connection.ExecuteScalar<string>("PRAGMA journal_mode"), server.Connection.ExecuteScalar<long>("PRAGMA busy_timeout")));
    }

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
