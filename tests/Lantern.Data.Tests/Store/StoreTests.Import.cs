using Dapper;
using Lantern.Data.Import;
using Lantern.Data.Store;
using Lantern.Data.Tests.Formats;

namespace Lantern.Data.Tests.Store;

public abstract partial class StoreTests
{
    [StoreFact]
    public void Import_BadRows_AreKeptWithFileLineFieldAndReason()
    {
        string file = WriteFile("2024-07/2024-07-gwent-street.csv",
            StreetHeader,
            Street("aa01", "2024-07"),
            Street("aa02", "2024-13"),
            "aa03,2024-07,Gwent Police,Gwent Police,2.35,48.85,On or near Rue de Rivoli,W01001680,Newport 007E,Robbery,Under investigation,",
            "aa04,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street",
            Street(string.Empty, "2024-07", "Anti-social behaviour", located: false));
        using LanternStore store = Open();

        FileImportResult r = Import(store, file);

        Assert.Equal((5L, 2L, 0L, 3L), (r.RowsRead, r.RowsImported, r.RowsPresent, r.RowsRejected));
        Assert.Equal(1, r.RejectsByReason["Month: not a month (expected yyyy-MM): …"]);
        IReadOnlyList<RejectRow> rejects = RejectRow.Read(store, "gwent-street", 10);
        Assert.Equal([(3L, "Month"), (4L, "Longitude"), (5L, "(record)")], rejects.Select(x => (x.Line, x.Field)));
        Assert.All(rejects, x => Assert.Equal(file, x.File));
        Assert.StartsWith("aa04,2024-07,", rejects[2].Raw, StringComparison.Ordinal);
        Assert.Equal(3, RejectRow.Count(store, "2024-07"));
        Assert.Equal(0, RejectRow.Count(store, "metropolitan"));
        Assert.Single(RejectRow.Read(store, null, 1));
    }

    [StoreFact]
    public void Import_SameFileTwice_SecondChangesNothing()
    {
        string file = WriteFile("2024-07/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"), Street("aa02", "2024-07"), "x,y");
        using LanternStore store = Open();
        Import(store, file);
        var before = (Count(store, "crime"), Count(store, "reject"), Count(store, "label"), Count(store, "source_file"));

        FileImportResult again = Import(store, file);

        Assert.Equal(Now.UtcDateTime, again.PreviouslyImportedAt);
        Assert.Equal((3L, 0L, 2L, 1L), (again.RowsRead, again.RowsImported, again.RowsPresent, again.RowsRejected));
        Assert.Equal(before, (Count(store, "crime"), Count(store, "reject"), Count(store, "label"), Count(store, "source_file")));
    }

    [StoreFact]
    public void Import_SameRowsInAnotherFile_AreAlreadyPresent()
    {
        // Two identical anti-social behaviour rows are two rows; a third in the other file is new.
        string asb = Street(string.Empty, "2024-07", "Anti-social behaviour");
        string first = WriteFile("a/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"), asb, asb);
        string second = WriteFile("b/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"), asb, asb, asb);
        using LanternStore store = Open();

        Assert.Equal(3, Import(store, first).RowsImported);
        FileImportResult r = Import(store, second);

        Assert.Equal((1L, 3L), (r.RowsImported, r.RowsPresent));
        Assert.Equal(4, Count(store, "crime"));
        Assert.Equal(2, Count(store, "source_file"));
    }

    [StoreFact]
    public void Import_FileThatFailsPartWay_IsThatFilesError_NothingWritten_TheNextIsImported()
    {
        // More rows than one batch, so that rows reach the store before the read fails.
        string[] rows = [StreetHeader, .. Enumerable.Range(0, 5000).Select(i => Street($"id{i:D5}", "2024-07", located: i % 2 == 0))];
        string file = WriteFile("2024-07/2024-07-gwent-street.csv", rows);
        byte[] bytes = File.ReadAllBytes(file);
        int opened = 0;
        // Not seekable, so the import opens it twice: once to hash it, once to read it. The second read fails two thirds of the way in.
        var failing = new ImportSource(file, bytes.Length,
            () => ++opened == 1 ? new TrickleStream(bytes, maxPerRead: 1 << 16) : new TrickleStream(bytes, maxPerRead: 1 << 16, failAt: bytes.Length * 2 / 3));
        using LanternStore store = Open();

        FileImportResult r = Import(store, failing);

        Assert.Equal((file, 1L, "(file)"), (r.Error?.File, r.Error?.Line, r.Error?.Field));
        Assert.Equal("a read failed part way through the file (a failing disk or network share?): The test's file failed part-way, as a disk or share can.",
            r.Error?.Reason);
        Assert.Equal((0L, 0L, 0L, 0L), (Count(store, "crime"), Count(store, "source_file"), Count(store, "label"), Count(store, "reject")));
        Assert.Equal(5000, Import(store, file).RowsImported);
    }

    [StoreFact]
    public void Import_FileThatFailsWhileHashed_IsThatFilesError()
    {
        string file = WriteFile("2024-07/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"));
        byte[] bytes = File.ReadAllBytes(file);
        using LanternStore store = Open();

        FileImportResult r = Import(store, new ImportSource(file, bytes.Length, () => new TrickleStream(bytes, maxPerRead: 16, failAt: 40)));

        Assert.Equal("(file)", r.Error?.Field);
        Assert.Equal(0, Count(store, "source_file"));
    }

    [StoreFact]
    public void Import_FileChangedBetweenHashAndRead_IsThatFilesError_NothingStoredUnderTheFirstHash()
    {
        // A file still being copied in: opened again (not seekable, as a zip entry), its bytes are not those hashed.
        string before = WriteFile("a/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"));
        string after = WriteFile("b/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"), Street("aa02", "2024-07"));
        int opened = 0;
        var changing = new ImportSource(before, 0,
            () => new TrickleStream(File.ReadAllBytes(++opened == 1 ? before : after), maxPerRead: 1 << 16));
        using LanternStore store = Open();

        FileImportResult r = Import(store, changing);

        Assert.Equal((before, "(file)"), (r.Error?.File, r.Error?.Field));
        Assert.StartsWith("changed while it was being imported", r.Error?.Reason, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), (Count(store, "crime"), Count(store, "source_file")));
        // Neither content is taken for imported: each comes in whole.
        Assert.Equal(1, Import(store, before).RowsImported);
        Assert.Equal(1, Import(store, after).RowsImported);
    }

    [StoreFact]
    public void Import_FileCutShortInPlaceWhileRead_IsThatFilesError()
    {
        // The same handle read twice (a file on disk): truncated in place between the hash and the read, as a copy that
        // starts again over it does. Without the second hash its first half would be stored as the whole file.
        string[] rows = [StreetHeader, .. Enumerable.Range(0, 100).Select(i => Street($"id{i:D5}", "2024-07"))];
        string file = WriteFile("2024-07/2024-07-gwent-street.csv", rows);
        byte[] bytes = File.ReadAllBytes(file);
        using LanternStore store = Open();

        FileImportResult r = Import(store, new ImportSource(file, bytes.Length, () => new RewrittenStream(bytes, bytes[..(bytes.Length / 2)])));

        Assert.StartsWith("changed while it was being imported", r.Error?.Reason, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), (Count(store, "crime"), Count(store, "source_file")));
    }

    [StoreFact]
    public void Import_FileThatCannotBeOpened_IsThatFilesError_NothingWritten_TheNextIsImported()
    {
        string file = WriteFile("2024-07/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"), Street("aa02", "2024-07"));
        long length = new FileInfo(file).Length;
        using LanternStore store = Open();

        FileImportResult denied = Import(store, new ImportSource(file, length, () => throw new UnauthorizedAccessException($"Access to the path '{file}' is denied.")));
        FileImportResult gone = Import(store, new ImportSource(file, length, () => throw new FileNotFoundException($"Could not find file '{file}'.")));

        Assert.Equal((file, 1L, "(file)"), (denied.Error!.File, denied.Error.Line, denied.Error.Field));
        Assert.StartsWith("could not be opened, its permissions do not let Lantern read it: Access to the path", denied.Error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("is no longer there (moved or deleted while the import ran?): Could not find file", gone.Error!.Reason, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), (Count(store, "crime"), Count(store, "source_file")));
        Assert.Equal(2, Import(store, file).RowsImported);
    }

    [StoreFact]
    public void Import_OverlappingForceExports_LaterVersionReplacesEarlierAndNothingIsCountedTwice()
    {
        string first = WriteFile("export-week-1.csv", ExportHeader,
            "GW-1,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Under investigation",
            "GW-2,gwent,105/01,Violence and sexual offences,2024-07-02T01:30,,331100,188050,,,High Street,,Under investigation");
        string second = WriteFile("export-week-2.csv", ExportHeader,
            "GW-1,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Suspect charged", // outcome changed
            "GW-2,gwent,105/01,Violence and sexual offences,2024-07-02T01:30,,331100,188050,,,High Street,,Under investigation", // unchanged
            "GW-3,gwent,058/01,Criminal damage and arson,2024-07-09T03:00,2024-07-09T07:00,331200,188100,,,Station Road,,Under investigation"); // new
        string third = WriteFile("export-week-3.csv", ExportHeader,
            "GW-3,gwent,058/01,Criminal damage and arson,2024-07-09T03:00,2024-07-09T07:00,331200,188100,,,Station Road,,Offender fined");
        using LanternStore store = Open();

        Assert.Equal(2, Import(store, first).RowsImported);
        FileImportResult r2 = Import(store, second);
        FileImportResult r3 = Import(store, third);

        Assert.Equal((1L, 1L, 1L), (r2.RowsImported, r2.RowsUpdated, r2.RowsPresent));
        Assert.Equal((0L, 1L, 0L), (r3.RowsImported, r3.RowsUpdated, r3.RowsPresent));
        Assert.Equal(3, Count(store, "crime"));
        Assert.Equal(
            [("GW-1", "Suspect charged"), ("GW-2", "Under investigation"), ("GW-3", "Offender fined")],
            Outcomes(store));
        Assert.Equal(1, store.Connection.ExecuteScalar<long>("SELECT rows_updated FROM source_file WHERE name = @third", new { third }));
    }

    [StoreFact]
    public void Import_ForceExportWithACrimeTwice_KeepsTheLastVersionAndCountsTheRestAsUpdated()
    {
        const string v1 = "GW-9,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Under investigation";
        const string v2 = "GW-9,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Suspect charged";
        const string v3 = "GW-9,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,Offender fined";
        using LanternStore store = Open();

        FileImportResult first = Import(store, WriteFile("export-1.csv", ExportHeader, v1, v2));
        // The file's first version is the one held: present; its second replaces it.
        FileImportResult second = Import(store, WriteFile("export-2.csv", ExportHeader, v2, v3));
        // The file's only version is the one held: nothing changes.
        FileImportResult third = Import(store, WriteFile("export-3.csv", ExportHeader, v3, "GW-8,gwent,034/01,Robbery,2024-07-03T10:00,,331000,188000,,,High Street,,"));

        Assert.Equal((1L, 1L, 0L), (first.RowsImported, first.RowsUpdated, first.RowsPresent));
        Assert.Equal((0L, 1L, 1L), (second.RowsImported, second.RowsUpdated, second.RowsPresent));
        Assert.Equal((1L, 0L, 1L), (third.RowsImported, third.RowsUpdated, third.RowsPresent));
        Assert.Equal([("GW-8", null), ("GW-9", "Offender fined")], Outcomes(store));
        // The held version is the second file's (its line 3), not a copy made by the third.
        Assert.Equal((2L, 3L), store.Connection.QuerySingle<(long, long)>(
            "SELECT source_file_id, line FROM crime WHERE crime_id = 'GW-9'"));
    }

    [StoreFact]
    public void Import_ForceExport_NamesTheForcesItsRowsAreFor_AndSoWhenImportedAgain()
    {
        // A force export's rows name their force and its file name does not: the report named no force for it.
        string file = WriteFile("export.csv", ExportHeader,
            "GW-1,Gwent Police,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,",
            "DP-1,dyfed-powys,034/01,Robbery,2024-07-02T22:10,,250000,220000,,,Main Street,,",
            "AT-1,Atlantis Constabulary,034/01,Robbery,2024-07-03T22:10,,331000,188000,,,High Street,,", // rejected: no force
            "GW-2,gwent,034/01,Robbery,2024-07-04T22:10,,331000,188000,,,High Street,,");
        using LanternStore store = Open();

        FileImportResult first = Import(store, file);
        FileImportResult again = Import(store, file);

        Assert.Equal((3L, 1L), (first.RowsImported, first.RowsRejected));
        Assert.Null(first.Force);
        Assert.Equal(["dyfed-powys", "gwent"], first.Forces);
        Assert.NotNull(again.PreviouslyImportedAt);
        Assert.Equal(["dyfed-powys", "gwent"], again.Forces);
    }

    [StoreFact]
    public void Import_StreetFile_NamesTheForceItsRowsFallWithin()
    {
        string file = WriteFile("2024-07/2024-07-gwent-street.csv", StreetHeader, Street("aa01", "2024-07"), "x,y");
        using LanternStore store = Open();

        FileImportResult r = Import(store, file);

        Assert.Equal("gwent", r.Force);
        Assert.Equal(["gwent"], r.Forces);
    }

    [StoreFact]
    public void Import_SameFileUnderAnotherForce_IsRefusedNamingTheForceItsRowsAreHeldAs_AndChangesNothing()
    {
        // Stop-and-search rows name no force: this file's take --force's. Imported again with another --force, it was
        // "already imported" and its searches stayed the first force's, which the report did not say.
        string file = WriteFile("searches.csv", SearchHeader,
            "Person search,2024-07-15T12:00:00+00:00,False,,51.588,-2.997,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,,");
        using LanternStore store = Open();
        Assert.Equal(1, Import(store, file, force: "gwent").RowsImported);
        var before = (Count(store, "stop_search"), Count(store, "source_file"));

        FileImportResult other = Import(store, file, force: "dyfed-powys");
        // The same bytes renamed as data.police.uk names another force's file: the name gives its rows that force.
        string renamed = WriteFile("2024-07/2024-07-dyfed-powys-stop-and-search.csv", File.ReadAllLines(file));
        FileImportResult byName = Import(store, renamed);
        FileImportResult same = Import(store, file, force: "gwent");

        Assert.Equal(("--force", 1L), (other.Error!.Field, other.Error.Line)); // refused: a failed file
        Assert.Equal(
            $"this file was imported on {Now:yyyy-MM-dd} for gwent (the force given to its rows that name none), and its rows are held as gwent's; " +
            "it is not imported again for dyfed-powys: a file is imported once, for one force (to hold its rows as dyfed-powys's, import it into a new store)",
            other.Error.Reason);
        Assert.Equal("file name", byName.Error?.Field);
        Assert.Null(same.Error); // the same force: already imported, as before
        Assert.NotNull(same.PreviouslyImportedAt);
        Assert.Equal(before, (Count(store, "stop_search"), Count(store, "source_file")));
        Assert.Equal(["gwent"], store.Connection.Query<string>("SELECT DISTINCT force FROM stop_search"));
    }

    [StoreFact]
    public void Import_SameFileUnderAnotherForce_WhoseRowsNameTheirOwn_IsAlreadyImported()
    {
        // Every row names its force (Falls within): --force gives none of them anything, then or now.
        string file = WriteFile("gwent.csv", StreetHeader, Street("aa01", "2024-07"));
        using LanternStore store = Open();
        Assert.Equal(1, Import(store, file, force: "gwent").RowsImported);

        FileImportResult again = Import(store, file, force: "dyfed-powys");

        Assert.Null(again.Error);
        Assert.NotNull(again.PreviouslyImportedAt);
        Assert.Equal(["gwent"], again.Forces);
    }

    private static List<(string CrimeId, string? Outcome)> Outcomes(LanternStore store) =>
        store.Connection.Query<(string, string?)>("SELECT crime_id, outcome_raw FROM crime_v ORDER BY crime_id").AsList();
}
