using System.Text;
using Dapper;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Formats.Population;
using Lantern.Data.Import;
using Lantern.Data.Store;
using Lantern.Data.Tests.Formats;
using Lantern.Data.Tests.Population;

namespace Lantern.Data.Tests.Store;

/// <summary>
/// The same file imported twice at the same moment (two analysts, two processes, an upload and a command): one imports
/// it, the other reports it imported before, as it would have a moment later, instead of failing on the store's unique
/// key. Each test holds the first import open, lets the second find nothing, wait for the first, and then go on.
/// </summary>
public abstract partial class StoreTests
{
    [StoreFact]
    public void Import_SameFileWhileAnotherImportOfItIsUnderWay_ReportsItImportedBefore()
    {
        string path = WriteFile("2024-07/2024-07-gwent-street.csv", [StreetHeader, .. Enumerable.Range(0, 3000).Select(i => Street($"id{i:D5}", "2024-07"))]);
        byte[] bytes = File.ReadAllBytes(path);
        using var gate = new Gate();
        int opened = 0;
        // The first import's second open is the read after the file was looked up: its rows stop half way, inside its
        // transaction, until the gate opens.
        var held = new ImportSource(path, bytes.Length, () => gate.Hold(bytes, Interlocked.Increment(ref opened) == 2 ? bytes.Length / 2 : int.MaxValue));
        using LanternStore first = Open();
        using LanternStore second = Open();
        Action waitForLock = WhenWaitingForALock(second);

        Task<FileImportResult> importing = Task.Run(() => Import(first, held));
        Assert.True(gate.Reached.Wait(TimeSpan.FromSeconds(60)), "the first import never reached the middle of its rows");
        Task<FileImportResult> again = Task.Run(() => Import(second, path));
        waitForLock();
        gate.Open();

        FileImportResult imported = importing.GetAwaiter().GetResult();
        FileImportResult before = again.GetAwaiter().GetResult();
        Assert.Equal((null, 3000L), (imported.Error, imported.RowsImported));
        Assert.Null(before.Error);
        Assert.NotNull(before.PreviouslyImportedAt);
        Assert.Equal((3000L, 0L, 3000L), (before.RowsRead, before.RowsImported, before.RowsPresent));
        Assert.Equal((3000L, 1L), (Count(first, "crime"), Count(first, "source_file")));
    }

    [StoreFact]
    public void ImportPopulation_SameFileWhileAnotherImportOfItIsUnderWay_ReportsTheSameFileBefore()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(string.Join('\n', PopulationFileReaderTests.Ts021Header, "2021,A 001,E02000001,10,1,1,1,1,6,1") + "\n");
        PopulationFile file = PopulationFileReader.Read(new MemoryStream(bytes), "population.csv", null);
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        using LanternStore first = Open();
        // The first import's record of the file, not yet committed.
        PopulationImportResult result = WhileAnotherWrites(first,
            tx => first.Connection.Execute(
                "INSERT INTO population_file (name, sha256, kind, census, row_count, imported_at, lantern_version) " +
                "VALUES ('population.csv', @sha, 'ts021', 'census2021', 1, '2026-11-21T09:00:00Z', 'test')", new { sha }, tx),
            second => PopulationStore.Import(second, file, bytes, "test", TimeProvider.System));

        Assert.True(result.SameFileBefore);
        Assert.Equal((0, 0), (result.Added, result.Updated));
        Assert.Equal((1L, 0L), (Count(first, "population_file"), Count(first, "population")));
    }

    [StoreFact]
    public void ImportAreas_SameAreaWhileAnotherImportOfItIsUnderWay_UpdatesItAfter()
    {
        string path = Boundaries("lsoa.geojson", ("W01001680", "Newport 007E"));
        byte[] bytes = File.ReadAllBytes(path);
        GeoJsonAreaResult areas = new GeoJsonAreaReader().ReadAreas(bytes, path, GeoJsonAreaOptions.ForLevel("lsoa"));
        using LanternStore first = Open();
        // The first import's row for the area, not yet committed: the second must wait for it and then replace it.
        AreaImportResult result = WhileAnotherWrites(first,
            tx => first.Connection.Execute(
                "INSERT INTO area (level, code, name, source, sha256, geometry, min_e, min_n, max_e, max_n, properties, imported_at) " +
                "VALUES ('lsoa', 'W01001680', 'Newport 007E', 'older.geojson', 'x', @geometry, 0, 0, 1, 1, '{}', '2026-11-20T09:00:00Z')",
                new { geometry = new byte[] { 0 } }, tx),
            second => AreaStore.Import(second, "lsoa", areas, bytes, new FixedTime(Now)));

        Assert.Equal((0, 1), (result.Added, result.Updated));
        Assert.Equal(path, first.Connection.ExecuteScalar<string>("SELECT source FROM area WHERE code = 'W01001680'"));
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a second connection while <paramref name="first"/> holds what <paramref name="write"/>
    /// wrote uncommitted, and commits it once the second waits for it.
    /// </summary>
    private T WhileAnotherWrites<T>(LanternStore first, Action<System.Data.Common.DbTransaction> write, Func<LanternStore, T> work)
    {
        using LanternStore second = Open();
        Action waitForLock = WhenWaitingForALock(second);
        using var tx = first.BeginTransaction();
        write(tx);
        Task<T> running = Task.Run(() => work(second));
        waitForLock();
        tx.Commit();
        return running.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Returns a wait until <paramref name="store"/>'s connection, busy on another thread, waits for a lock another
    /// connection holds. SQLite cannot be asked, so it waits half a second (SQLite itself waits up to five for a
    /// writer): a second import that reaches its look-up later still finds the first import uncommitted, so the test
    /// takes the same path, only with less of a wait.
    /// </summary>
    private protected virtual Action WhenWaitingForALock(LanternStore store) => () => Thread.Sleep(500);

    /// <summary>Holds a reader that reaches its mark until the test opens it.</summary>
    private sealed class Gate : IDisposable
    {
        public ManualResetEventSlim Reached { get; } = new();

        public ManualResetEventSlim Opened { get; } = new();

        /// <summary>A file read a piece at a time, not seekable (as a zip entry), that stops at <paramref name="stopAt"/> bytes until the gate opens.</summary>
        public TrickleStream Hold(byte[] data, int stopAt) => new TrickleStream(data, 16 * 1024, beforeRead: read =>
        {
            if (read >= stopAt)
            {
                Reached.Set();
                Opened.Wait();
            }
        });

        public void Open() => Opened.Set();

        public void Dispose()
        {
            Opened.Set(); // never leave a reader waiting when a test fails
            Reached.Dispose();
            Opened.Dispose();
        }
    }
}
