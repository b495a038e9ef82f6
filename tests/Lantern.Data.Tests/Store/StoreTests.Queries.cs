using System.Text;
using Dapper;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Time;
using Lantern.Data.Formats;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

public abstract partial class StoreTests
{
    private protected const string SearchHeader =
        "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity," +
        "Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

    [StoreFact]
    public void Coverage_StreetOutcomesAndSearches_MonthsMissingUnlocatedAndIncomplete()
    {
        using LanternStore store = Open();
        Import(store, WriteFile("2024-07/2024-07-gwent-street.csv", StreetHeader, Street("a1", "2024-07"), Street("a2", "2024-07", located: false)));
        Import(store, WriteFile("2024-09/2024-09-gwent-street.csv", StreetHeader, Street("a3", "2024-09")));
        Import(store, WriteFile("2024-07/2024-07-gwent-outcomes.csv",
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type",
            "a1,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Suspect charged"));
        // The searches stop on the 20th: the month may be incomplete.
        Import(store, WriteFile("2024-07/2024-07-gwent-stop-and-search.csv", SearchHeader,
            "Person search,2024-07-02T10:00:00+00:00,False,,51.588,-2.997,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False",
            "Person search,2024-07-20T23:30:00+00:00,,,,,Female,over 34,,,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,,"));

        Coverage coverage = Coverage.Read(store);

        var street = coverage.Series.Single(s => s.Kind == SourceKind.Street);
        Assert.Equal(("gwent", 3L, 1L), (street.Force, street.Rows, street.Months.Sum(m => m.Unlocated)));
        Assert.Equal([new YearMonth(2024, 8)], street.Missing);
        Assert.Empty(street.Incomplete);
        Assert.Equal(1, coverage.Series.Single(s => s.Kind == SourceKind.Outcomes).Rows);
        var searches = coverage.Series.Single(s => s.Kind == SourceKind.StopAndSearch);
        Assert.Equal((2L, 1L), (searches.Rows, searches.Months[0].Unlocated));
        Assert.Equal(new DateOnly(2024, 7, 20), Assert.Single(searches.Incomplete).LastDay);
        Assert.Equal([SourceKind.Street, SourceKind.Outcomes, SourceKind.StopAndSearch], coverage.Series.Select(s => s.Kind));
        Assert.Empty(Coverage.Read(store, "metropolitan").Series);
    }

    [StoreFact]
    public void Coverage_ForcesAndMonthsInterleavedInAFile_EachCountedOnce()
    {
        // A force export's rows in no order: forces and months alternate, so each force and month is met in several runs.
        using LanternStore store = Open();
        Import(store, WriteFile("export.csv", ExportHeader,
            "G-1,gwent,034/01,Robbery,2024-07-01T22:10,,331000,188000,,,High Street,,",
            "D-1,dyfed-powys,034/01,Robbery,2024-07-02T22:10,,250000,250000,,,Main Street,,",
            "G-2,gwent,034/01,Robbery,2024-08-01T22:10,,331000,188000,,,High Street,,",
            "G-3,gwent,034/01,Robbery,2024-07-03T22:10,,,,,,,,",
            "D-2,dyfed-powys,034/01,Robbery,2024-07-04T22:10,,250000,250000,,,Main Street,,",
            "G-4,gwent,034/01,Robbery,2024-07-05T22:10,,331000,188000,,,High Street,,"));
        Import(store, WriteFile("2024-07/2024-07-gwent-street.csv", StreetHeader, Street("s1", "2024-07"), Street("s2", "2024-07", located: false)));

        Coverage coverage = Coverage.Read(store);

        Assert.Equal(
            ["dyfed-powys ForceExport 2024-07 2 0", "gwent Street 2024-07 2 1", "gwent ForceExport 2024-07 3 1", "gwent ForceExport 2024-08 1 0"],
            coverage.Series.SelectMany(s => s.Months.Select(m => $"{s.Force} {s.Kind} {m.Month} {m.Rows} {m.Unlocated}")));
        Assert.Equal(["gwent Street", "gwent ForceExport"], Coverage.Read(store, "gwent").Series.Select(s => $"{s.Force} {s.Kind}"));
    }

    [StoreFact]
    public void ForcesIn_EachForceOnceInOrder_NoneInAnEmptyTable()
    {
        using LanternStore store = Open();
        Assert.Empty(CrimeQuery.ForceList(store));
        Import(store, WriteFile("export.csv", ExportHeader,
            "W-1,west-yorkshire,034/01,Robbery,2024-07-01T22:10,,420000,430000,,,Briggate,,",
            "G-1,gwent,034/01,Robbery,2024-07-02T22:10,,331000,188000,,,High Street,,",
            "D-1,dyfed-powys,034/01,Robbery,2024-08-02T22:10,,250000,250000,,,Main Street,,",
            "G-2,gwent,034/01,Robbery,2024-08-01T22:10,,331000,188000,,,High Street,,"));

        Assert.Equal(["dyfed-powys", "gwent", "west-yorkshire"], CrimeQuery.ForceList(store));
        Assert.Equal("gwent", CrimeQuery.Forces(store)[0]); // most crimes first, counted
        Assert.Empty(StopSearchQuery.ForceList(store));
    }

    [StoreFact]
    public void CrimeQuery_MonthWithForceExport_UsesTheExportAndNotTheStreetRows()
    {
        using LanternStore store = Open();
        Import(store, WriteFile("2024-07/2024-07-gwent-street.csv", StreetHeader,
            Street("a1", "2024-07"), Street("a2", "2024-07", "Burglary"), Street("a3", "2024-07", located: false)));
        Import(store, WriteFile("2024-08/2024-08-gwent-street.csv", StreetHeader, Street("b1", "2024-08"), Street("b2", "2024-08")));
        Import(store, WriteFile("export.csv", ExportHeader,
            "GW-1,gwent,034/01,Robbery,2024-08-01T22:10,2024-08-01T23:00,331000,188000,,,High Street,,",
            "GW-2,gwent,028/02,Burglary,2024-08-05T01:30,,331150,188200,,,Station Road,,"));

        LoadedCrimes all = CrimeQuery.Load(store, new CrimeSelection("gwent", new YearMonth(2024, 6), new YearMonth(2024, 8)), HarmTable.Default);
        LoadedCrimes burglary = CrimeQuery.Load(store,
            new CrimeSelection("gwent", new YearMonth(2024, 7), new YearMonth(2024, 8), new HashSet<CrimeCategory> { CrimeCategory.Burglary }),
            HarmTable.Default);

        Assert.Equal(SourceKind.Street, all.SourceByMonth[new YearMonth(2024, 7)]);
        Assert.Equal(SourceKind.ForceExport, all.SourceByMonth[new YearMonth(2024, 8)]);
        Assert.Equal([new YearMonth(2024, 6)], all.MissingMonths);
        Assert.Equal((4, 1L, 2), (all.Points.Count, all.WithoutLocation, all.Points.TimedCount));
        // Month by month, in the order the rows were imported.
        Assert.Equal([331000.0, 331150.0], all.Points.Easting[2..].ToArray());
        Assert.Equal(new DateTime(2024, 8, 1, 22, 10, 0), new DateTime(all.Points.FromTicks[2]));
        Assert.Equal(2, burglary.Points.Count);
        Assert.Equal(new YearMonth(2024, 8), CrimeQuery.LatestMonth(store, "gwent"));
        Assert.Null(CrimeQuery.LatestMonth(store, "metropolitan"));
        Assert.Equal(["gwent"], CrimeQuery.Forces(store));
    }

    [StoreFact]
    public void Areas_ImportedTwiceThenRenamed_CountsAndReadsBack()
    {
        string first = Boundaries("areas-1.geojson", ("W01000001", "Newport 001A"), ("W01000002", "Newport 001B"));
        string renamed = Boundaries("areas-2.geojson", ("W01000001", "Newport 001A"), ("W01000002", "Newport Docks"));
        using LanternStore store = Open();

        AreaImportResult added = ImportAreas(store, first);
        AreaImportResult again = ImportAreas(store, first);
        AreaImportResult changed = ImportAreas(store, renamed);

        Assert.Equal((2, 0, 0, false), (added.Added, added.Updated, added.Unchanged, added.SameFileBefore));
        Assert.Equal((0, 0, 2, true), (again.Added, again.Updated, again.Unchanged, again.SameFileBefore));
        Assert.Equal((0, 1, 1, false), (changed.Added, changed.Updated, changed.Unchanged, changed.SameFileBefore));
        // The unchanged area keeps the file it came from; the renamed one names the file that renamed it.
        Assert.Equal(("lsoa", 2L, $"{first},{renamed}"), Assert.Single(AreaStore.Summary(store)));
        Assert.Equal("Newport Docks", AreaStore.Names(store)["W01000002"]);
        StoredArea docks = AreaStore.Find(store, "W01000002")!;
        Assert.Equal(("lsoa", 27700), (docks.Level, docks.Geometry.SRID));
        AreaIndex index = AreaStore.Index(store, "lsoa")!;
        Assert.Equal("W01000001", index.CodeOf(new BngPoint(docks.Geometry.EnvelopeInternal.MinX - 500, docks.Geometry.Centroid.Y)));
        Assert.Null(AreaStore.Index(store, "borough"));
        Assert.Null(AreaStore.Find(store, "E09000033"));
    }

    [StoreFact]
    public void Places_RecordedListedWithdrawn_KeepWhoWhenAndWhy()
    {
        using LanternStore store = Open();
        var grid = new GridSpec(150);
        long first = PlaceAdjustment.Record(store, "gwent", grid, new CellId(2207, 1254), PlaceAdjustment.Suppress, " Prison grounds ", "analyst1", Now);
        long second = PlaceAdjustment.Record(store, "gwent", grid, new CellId(2208, 1254), PlaceAdjustment.Add, "Weekend disorder", "analyst1", Now);

        Assert.True(PlaceAdjustment.Withdraw(store, first, "analyst2", Now.AddHours(1)));
        Assert.False(PlaceAdjustment.Withdraw(store, first, "analyst2", Now.AddHours(2)));

        PlaceAdjustment active = Assert.Single(PlaceAdjustment.List(store, "gwent", includeWithdrawn: false));
        Assert.Equal((second, new CellId(2208, 1254), 150, "add"), (active.Id, active.Cell, active.Grid.CellSize, active.Action));
        PlaceAdjustment withdrawn = PlaceAdjustment.List(store, null, includeWithdrawn: true)[0];
        Assert.Equal(("Prison grounds", "2026-11-21T09:00:00Z", "2026-11-21T10:00:00Z", "analyst2"),
            (withdrawn.Reason, withdrawn.MadeAt, withdrawn.WithdrawnAt, withdrawn.WithdrawnBy));
        Assert.Empty(PlaceAdjustment.List(store, "metropolitan", includeWithdrawn: true));
    }

    [StoreFact]
    public void Runs_Recorded_ListedNewestFirstAndFoundAsStored()
    {
        using LanternStore store = Open();
        long tasking = AnalysisRun.Record(store, "tasking", "gwent", "analyst1", "0.1.0", Now, "{\"top\":20}", "{\"crimes\":4}", "{\"places\":[]}");
        long hotspots = AnalysisRun.Record(store, "hotspots", null, "analyst1", "0.1.0", Now.AddMinutes(5), "{}", "{}", "{}");

        Assert.Equal([hotspots, tasking], AnalysisRun.List(store, null, null, 10).Select(r => r.Id));
        Assert.Equal([tasking], AnalysisRun.List(store, "tasking", "gwent", 10).Select(r => r.Id));
        Assert.Single(AnalysisRun.List(store, null, null, 1));
        var found = AnalysisRun.Find(store, tasking)!.Value;
        Assert.Equal(("tasking", "gwent", "2026-11-21T09:00:00Z", "{\"top\":20}", "{\"places\":[]}"),
            (found.Kind, found.Force, found.CreatedAt, found.Parameters, found.Result));
        Assert.Null(AnalysisRun.Find(store, 99));
    }

    [StoreFact]
    public void Open_Twice_MigratesOnceToTheLatestVersion()
    {
        int latest = LanternStore.Migrations("sqlite").Max(m => m.Version);
        using (LanternStore store = Open())
        {
            Assert.Equal(latest, store.SchemaVersion);
        }

        using LanternStore again = Open();
        Assert.Equal(latest, again.SchemaVersion);
        Assert.Equal(LanternStore.Migrations("sqlite").Count, Count(again, "schema_version")); // each applied once
    }

    [StoreFact]
    public void Open_AppliesAMigrationMissingBelowTheHighest_AndRefusesAStoreFromANewerLantern()
    {
        // A branch merged late can add a migration numbered below one a store already has: it is applied all the same.
        (int version, string name, _) = LanternStore.Migrations("sqlite")[1];
        using (LanternStore store = Open())
        {
            // Undo 0002 by hand, as though the store had never had it.
            store.Connection.Execute("DELETE FROM schema_version WHERE version = @version", new { version });
            store.Connection.Execute("DROP INDEX crime_export_reference");
            store.Connection.Execute("ALTER TABLE source_file DROP COLUMN rows_updated");
        }

        using (LanternStore store = Open())
        {
            Assert.Equal(name, store.Connection.ExecuteScalar<string>("SELECT name FROM schema_version WHERE version = @version", new { version }));
            Assert.Equal(0, store.Connection.ExecuteScalar<long>("SELECT coalesce(sum(rows_updated), 0) FROM source_file"));
            store.Connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, '9999_from_the_future.sql', 'x')");
        }

        var e = Assert.Throws<InvalidDataException>(() => Open().Dispose());
        Assert.Contains("schema version(s) 9999", e.Message, StringComparison.Ordinal);
    }

    private static AreaImportResult ImportAreas(LanternStore store, string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        GeoJsonAreaResult areas = new GeoJsonAreaReader().ReadAreas(bytes, path, GeoJsonAreaOptions.ForLevel("lsoa"));
        Assert.True(areas.IsSuccess, string.Join("; ", areas.Errors));
        return AreaStore.Import(store, "lsoa", areas, bytes, new FixedTime(Now));
    }

    /// <summary>Side-by-side squares of about 700 m in Newport, west to east, in WGS84 as ONS files are.</summary>
    private string Boundaries(string file, params (string Code, string Name)[] areas)
    {
        var json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < areas.Length; i++)
        {
            double west = -3.01 + (0.01 * i), east = west + 0.01;
            json.Append(i == 0 ? string.Empty : ",").Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{{\"type\":\"Feature\",\"properties\":{{\"LSOA21CD\":\"{areas[i].Code}\",\"LSOA21NM\":\"{areas[i].Name}\"}}," +
                $"\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{west},51.58],[{east},51.58],[{east},51.59],[{west},51.59],[{west},51.58]]]}}}}");
        }

        return WriteFile(file, json.Append("]}").ToString());
    }
}
