using Dapper;
using Lantern.Data.Import;
using Lantern.Data.Store;
using Lantern.Data.Tests.Formats;
using Lantern.Data.Tests.Import;

namespace Lantern.Data.Tests.Store;

/// <summary>
/// Many files in one import (<see cref="Importer.ImportFiles"/>): on PostgreSQL one file is merged while the next is read,
/// on a second connection; either way the store and the results must be those of the same files imported one by one.
/// </summary>
public abstract partial class StoreTests
{
    [StoreFact]
    public void ImportFiles_ManyFiles_SameStoreAndResultsAsOneByOne()
    {
        // Files whose results depend on the order they are committed in: rows another file brought already, crimes of a
        // force export replaced by a later one, and the same bytes as a file before them.
        string[] paths = OrderSensitiveFiles();
        using LanternStore together = Open();
        using LanternStore oneByOne = LanternStore.Open(AnotherDatabase());

        IReadOnlyList<FileImportResult> all = ImportAll(together, paths);
        List<FileImportResult> each = [.. paths.Select(p => Import(oneByOne, p))];

        Assert.Equal(each.Select(Summary), all.Select(Summary));
        Assert.Equal(Contents(oneByOne), Contents(together));
        // Not vacuous: each kind of order-dependent count is there.
        Assert.Contains(all, r => r.RowsPresent > 0 && r.RowsImported > 0);
        Assert.Contains(all, r => r.RowsUpdated > 0);
        Assert.Contains(all, r => r.PreviouslyImportedAt is not null);
    }

    [StoreFact(NeedsRealData = true)]
    public void ImportFiles_RealFiles_SameStoreAndResultsAsOneByOne()
    {
        // Street, outcomes and stop-and-search files of three forces, and one month's folder given twice.
        string[] months = ["2021-09", "2021-10", "2024-07", "2024-08", "2021-09"];
        string[] folders = [.. months.Select(m => RealData.Path("police", m))];
        using ImportSourceList sources = ImportSources.Expand(folders, out IReadOnlyList<string> errors);
        Assert.Empty(errors);
        using LanternStore together = Open();
        using LanternStore oneByOne = LanternStore.Open(AnotherDatabase());

        IReadOnlyList<FileImportResult> all = NewImporter(together).ImportFiles(sources, null, CancellationToken.None);
        List<FileImportResult> each = [.. sources.Select(s => Import(oneByOne, s))];

        Assert.Equal(10, all.Count);
        Assert.Equal(each.Select(Summary), all.Select(Summary));
        Assert.Equal(Contents(oneByOne), Contents(together));
        Assert.Equal(Count(oneByOne, "stop_search"), Count(together, "stop_search"));
        Assert.Equal(Count(oneByOne, "outcome"), Count(together, "outcome"));
        Assert.Equal([false, false, false, false, false, false, false, false, true, true], all.Select(r => r.PreviouslyImportedAt is not null));
    }

    [StoreFact]
    public void ImportFiles_SameFileTwiceInOneImport_SecondIsAlreadyImported()
    {
        string file = WriteFile("2024-07/2024-07-gwent-street.csv", [StreetHeader, .. Enumerable.Range(0, 3000).Select(i => Street($"id{i:D5}", "2024-07"))]);
        string copy = WriteFile("copy/2024-07-gwent-street.csv", [.. File.ReadAllLines(file)]);
        string other = WriteFile("2024-08/2024-08-gwent-street.csv", StreetHeader, Street("bb01", "2024-08"));
        using LanternStore store = Open();

        IReadOnlyList<FileImportResult> r = ImportAll(store, [file, file, copy, other, other]);

        Assert.Equal([file, file, copy, other, other], r.Select(x => x.Name));
        Assert.Equal((3000L, 0L), (r[0].RowsImported, r[0].RowsPresent));
        Assert.All([r[1], r[2]], x => Assert.Equal((Now.UtcDateTime, 0L, 3000L), (x.PreviouslyImportedAt, x.RowsImported, x.RowsPresent)));
        Assert.Equal((1L, (DateTime?)Now.UtcDateTime), (r[3].RowsImported, r[4].PreviouslyImportedAt));
        Assert.Equal((3001L, 2L), (Count(store, "crime"), Count(store, "source_file")));
    }

    [StoreFact]
    public void ImportFiles_ZipAndItsFolderInOneImport_TheFolderIsAlreadyImported()
    {
        string[] rows = [StreetHeader, .. Enumerable.Range(0, 3000).Select(i => Street($"id{i:D5}", "2024-07"))];
        string text = string.Join('\n', rows) + "\n";
        string file = WriteFile("police/2024-07/2024-07-gwent-street.csv", rows);
        string zip = TestZips.Write(WriteFile("police.zip"), [("police/2024-07/2024-07-gwent-street.csv", text)]);
        using ImportSourceList sources = ImportSources.Expand([zip, Path.GetDirectoryName(Path.GetDirectoryName(file))!], out IReadOnlyList<string> errors);
        Assert.Empty(errors);
        using LanternStore store = Open();

        IReadOnlyList<FileImportResult> r = NewImporter(store).ImportFiles(sources, null, CancellationToken.None);

        Assert.Equal([$"{zip}!police/2024-07/2024-07-gwent-street.csv", file], r.Select(x => x.Name));
        Assert.Equal((3000L, (DateTime?)null), (r[0].RowsImported, r[0].PreviouslyImportedAt));
        Assert.Equal((0L, 3000L, (DateTime?)Now.UtcDateTime), (r[1].RowsImported, r[1].RowsPresent, r[1].PreviouslyImportedAt));
        Assert.Equal((3000L, 1L), (Count(store, "crime"), Count(store, "source_file")));
    }

    [StoreFact]
    public void ImportFiles_AfterAFileBringingANewForce_TheNextReadsTheSystemItIsHeldIn()
    {
        // The VPD export brings Vancouver in EPSG:26910: the next file's Vancouver row is rejected, as imported one by one,
        // rather than the file read as if no system were held and then refused whole at its commit.
        (string vpd, string bng) = VancouverInTwoSystems();
        using LanternStore store = Open();

        IReadOnlyList<FileImportResult> r = ImportAll(store, [vpd, bng]);

        Assert.Equal([null, null], r.Select(x => x.Error));
        Assert.Equal((2L, 1L, 1L), (r[1].RowsRead, r[1].RowsImported, r[1].RowsRejected));
        Assert.Equal((26910, 27700), (ForceCrs.Of(store, "vancouver").Epsg, ForceCrs.Of(store, "gwent").Epsg));
    }

    [StoreFact]
    public void ImportFiles_BadFileInTheMiddle_RollsBackOnlyItself()
    {
        string[] rows = [StreetHeader, .. Enumerable.Range(0, 5000).Select(i => Street($"id{i:D5}", "2024-07"))];
        string failing = WriteFile("2024-07/2024-07-gwent-street.csv", rows);
        byte[] bytes = File.ReadAllBytes(failing);
        int opened = 0;
        string before = WriteFile("2024-06/2024-06-gwent-street.csv", StreetHeader, Street("aa01", "2024-06"), Street("aa02", "2024-06"));
        string unknown = WriteFile("notes.csv", "Name,Colour", "a,b");
        string after = WriteFile("2024-08/2024-08-gwent-street.csv", StreetHeader, Street("cc01", "2024-08"), Street("id00001", "2024-07"));
        // Not seekable, so it is opened twice; the second read fails two thirds of the way in, after rows went to the store.
        ImportSource[] sources =
        [
            Source(before),
            new(failing, bytes.Length, () => ++opened == 1
                ? new TrickleStream(bytes, maxPerRead: 1 << 16)
                : new TrickleStream(bytes, maxPerRead: 1 << 16, failAt: bytes.Length * 2 / 3)),
            Source(unknown),
            Source(after),
        ];
        using LanternStore store = Open();

        IReadOnlyList<FileImportResult> r = NewImporter(store).ImportFiles(sources, null, CancellationToken.None);

        Assert.Equal([false, true, true, false], r.Select(x => x.Failed));
        Assert.Equal((failing, "(file)"), (r[1].Error?.File, r[1].Error?.Field));
        Assert.Equal((2L, 2L), (r[0].RowsImported, r[3].RowsImported));
        Assert.Equal((4L, 2L, 0L), (Count(store, "crime"), Count(store, "source_file"), Count(store, "reject")));
        Assert.Equal([before, after], store.Connection.Query<string>("SELECT name FROM source_file ORDER BY id"));
    }

    [StoreFact]
    public void ImportFiles_CancelledWhileTheFileBeforeIsMerged_ThatFileIsCommittedAndReported_TheRestRolledBack()
    {
        string[] paths = [.. Enumerable.Range(1, 4).Select(m => WriteFile($"2024-0{m}/2024-0{m}-gwent-street.csv",
            [StreetHeader, .. Enumerable.Range(0, 5000).Select(i => Street($"m{m}r{i:D5}", $"2024-0{m}"))]))];
        using LanternStore store = Open();
        using var cancel = new CancellationTokenSource();
        var reported = new List<int>();

        // Cancelled as the third file is being read, its rows going to the store: on PostgreSQL the second is merging then.
        Assert.ThrowsAny<OperationCanceledException>(() => NewImporter(store).ImportFiles([.. paths.Select(Source)], null, cancel.Token,
            progress: (i, bytes) =>
            {
                if (i == 2 && bytes > 0)
                {
                    cancel.Cancel();
                }
            },
            imported: (i, _) => reported.Add(i)));

        Assert.Equal([0, 1], reported);
        Assert.Equal([paths[0], paths[1]], store.Connection.Query<string>("SELECT name FROM source_file ORDER BY id"));
        Assert.Equal((10000L, 0L), (Count(store, "crime"), Count(store, "reject")));
        // Nothing half-done: the store takes the same import again, the two committed files recognised.
        IReadOnlyList<FileImportResult> again = ImportAll(store, paths);
        Assert.Equal([true, true, false, false], again.Select(r => r.PreviouslyImportedAt is not null));
        Assert.Equal(20000, Count(store, "crime"));
    }

    [StoreFact]
    public void ImportFiles_ResultsAndFilesCommittedInTheOrderGiven()
    {
        // Smaller files later, so that a file's first half would end before the merge of the larger one before it, were it not waited for.
        string[] paths = [.. Enumerable.Range(1, 6).Select(m => WriteFile($"2023-{m:D2}/2023-{m:D2}-gwent-street.csv",
            [StreetHeader, .. Enumerable.Range(0, 200 * m * m).Select(i => Street($"r{i:D6}", $"2023-{m:D2}"))]))];
        Array.Reverse(paths);
        using LanternStore store = Open();
        var reported = new List<(int Index, string Name)>();

        IReadOnlyList<FileImportResult> r = NewImporter(store).ImportFiles([.. paths.Select(Source)], null, CancellationToken.None,
            imported: (i, x) => reported.Add((i, x.Name)));

        Assert.Equal(paths.Select((p, i) => (i, p)), reported);
        Assert.Equal(paths, r.Select(x => x.Name));
        Assert.Equal(paths, store.Connection.Query<string>("SELECT name FROM source_file ORDER BY id"));
        // Each file's rows follow the file before's in the store, as committed one after the other.
        Assert.Equal(paths, store.Connection.Query<string>(
            "SELECT f.name FROM crime c JOIN source_file f ON f.id = c.source_file_id GROUP BY f.name ORDER BY min(c.id)"));
        Assert.Equal(paths.Length, store.Connection.QuerySingle<long>(
            "SELECT count(*) FROM (SELECT source_file_id FROM crime GROUP BY source_file_id HAVING max(id) - min(id) + 1 = count(*)) x"));
    }

    private string[] OrderSensitiveFiles()
    {
        string asb = Street(string.Empty, "2024-07", "Anti-social behaviour");
        string[] many = [.. Enumerable.Range(0, 3000).Select(i => Street($"m{i:D5}", "2024-07"))];
        string a = WriteFile("a/2024-07/2024-07-gwent-street.csv", [StreetHeader, Street("aa01", "2024-07"), asb, asb, "x,y", .. many]);
        string b = WriteFile("b/2024-07/2024-07-gwent-street.csv", [StreetHeader, Street("aa01", "2024-07"), asb, asb, asb, .. many[..1000]]);
        string c = WriteFile("export-week-1.csv", ExportHeader,
            "GW-1,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Under investigation",
            "GW-2,gwent,105/01,Violence and sexual offences,2024-07-02T01:30,,331100,188050,,,High Street,,Under investigation");
        string d = WriteFile("export-week-2.csv", ExportHeader,
            "GW-1,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Suspect charged",
            "GW-2,gwent,105/01,Violence and sexual offences,2024-07-02T01:30,,331100,188050,,,High Street,,Under investigation",
            "GW-3,gwent,058/01,Criminal damage and arson,2024-07-09T03:00,2024-07-09T07:00,331200,188100,,,Station Road,,Under investigation");
        string copyOfA = WriteFile("c/2024-07/2024-07-gwent-street.csv", [.. File.ReadAllLines(a)]);
        string e = WriteFile("export-week-3.csv", ExportHeader,
            "GW-3,gwent,058/01,Criminal damage and arson,2024-07-09T03:00,2024-07-09T07:00,331200,188100,,,Station Road,,Offender fined");
        string f = WriteFile("2024-08/2024-08-gwent-street.csv", StreetHeader, Street("aa01", "2024-08"), Street("m00001", "2024-07"));
        return [a, b, c, d, copyOfA, e, f, b];
    }

    private static IReadOnlyList<FileImportResult> ImportAll(LanternStore store, IEnumerable<string> paths) =>
        NewImporter(store).ImportFiles([.. paths.Select(Source)], null, CancellationToken.None);

    private protected static Importer NewImporter(LanternStore store) => new(store, "test", new FixedTime(Now));

    private protected static ImportSource Source(string path) => new(path, new FileInfo(path).Length, () => File.OpenRead(path));

    private static string Summary(FileImportResult r) =>
        $"{r.Name} {r.Kind} {r.RowsRead} {r.RowsImported} {r.RowsPresent} {r.RowsUpdated} {r.RowsRejected} {r.PreviouslyImportedAt:O} {r.Error} " +
        string.Join(",", r.RejectsByReason.Select(kv => $"{kv.Key}={kv.Value}"));

    /// <summary>What the store holds, ids included: one import must leave the same rows under the same ids as the other.</summary>
    private static List<string> Contents(LanternStore store) =>
    [
        .. store.Connection.Query<string>(
            "SELECT CAST(id AS text) || '|' || name || '|' || sha256 || '|' || CAST(rows_read AS text) || '|' || CAST(rows_imported AS text) || '|' || " +
            "CAST(rows_present AS text) || '|' || CAST(rows_rejected AS text) || '|' || coalesce(CAST(rows_updated AS text), '') FROM source_file ORDER BY id"),
        .. store.Connection.Query<string>(
            "SELECT CAST(id AS text) || '|' || CAST(source_file_id AS text) || '|' || CAST(line AS text) || '|' || coalesce(crime_id, '') || '|' || " +
            "CAST(month AS text) || '|' || coalesce(CAST(outcome_raw_label AS text), '') || '|' || coalesce(CAST(location_label AS text), '') FROM crime ORDER BY id"),
        .. store.Connection.Query<string>("SELECT CAST(id AS text) || '|' || text FROM label ORDER BY id"),
        .. store.Connection.Query<string>(
            "SELECT CAST(source_file_id AS text) || '|' || CAST(line AS text) || '|' || field || '|' || reason FROM reject ORDER BY source_file_id, line"),
    ];
}
