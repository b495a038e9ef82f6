using Dapper;
using Lantern.Core.Geography;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

public abstract partial class StoreTests
{
    [StoreFact]
    public void TaskedPlacesQuery_Load_NewestVersionOfTheUkDay_AndAnEmptyDayIsPublished()
    {
        const string Fields = ",Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,,White,Male,18-24,Yes,,,Seen hiding a package,,,";
        using LanternStore store = Open();
        // Export times are UK local: SS-1 is 23:30 UTC on the 9th, the 10th in the UK.
        Import(store, WriteFile("stop-search-week.csv", Formats.PoliceFileReaderTests.SearchExportHeader,
            $"SS-1,gwent,2024-07-10T00:30,331000,188000,,,PC 1,Team A,Person search{Fields}", // inside the 10th's newest version
            $"SS-2,gwent,2024-07-10T12:00,335500,188500,,,PC 1,Team A,Person search{Fields}", // outside it (inside the superseded one)
            $"SS-3,gwent,2024-07-10T13:00,,,,,PC 1,Team A,Person search{Fields}", // no coordinates
            $"SS-4,gwent,2024-07-11T12:00,331000,188000,,,PC 1,Team A,Person search{Fields}", // the 11th was published with no places: outside
            $"SS-5,gwent,2024-07-12T12:00,331000,188000,,,PC 1,Team A,Person search{Fields}")); // nothing published on the 12th
        long run = AnalysisRun.Record(store, "tasking", "gwent", "analyst", "test", Now, "{}", "{}", "{}");
        TaskingPublication.Publish(store, "gwent", new DateOnly(2024, 7, 10), run, 1000, "inspector", Now, "{}", null, [Cell(335, 188)]);
        TaskingPublication.Publish(store, "gwent", new DateOnly(2024, 7, 10), run, 1000, "inspector", Now, "{}", null, [Cell(331, 188)]);
        TaskingPublication.Publish(store, "gwent", new DateOnly(2024, 7, 11), run, 1000, "inspector", Now, "{}", null, []);
        TaskingPublication.Publish(store, "gwent", new DateOnly(2024, 8, 1), run, 1000, "inspector", Now, "{}", null, [Cell(331, 188)]); // after the months

        var builder = new TaskedPlacesBuilder();
        (long read, int days) = TaskedPlacesQuery.Load(store, new StopSearchSelection("gwent", new YearMonth(2024, 7), new YearMonth(2024, 7)), builder);
        TaskedPlaces p = builder.Build();

        Assert.Equal((5L, 2), (read, days));
        Assert.Equal((1L, 2L, 1L, 1L), (p.Inside.Searches, p.Outside.Searches, p.NoPublication, p.NoCoordinates));
        Assert.Equal((1L, 1L), (p.Inside.Find.Events, p.Inside.Find.Of));
    }

    [StoreFact]
    public void TaskedPlacesQuery_Load_AForceOnAnotherGrid_PlacesSearchesOnItsGrid()
    {
        // Searches are held on British National Grid; a force whose places are held in ETRS89 / UTM 30N (EPSG:25830)
        // publishes that grid's cells, so a search must be placed on it, not on BNG's cell of the same numbers.
        const string Fields = ",Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,,White,Male,18-24,Yes,,,Seen hiding a package,,,";
        using LanternStore store = Open();
        Import(store, WriteFile("stop-search-utm.csv", Formats.PoliceFileReaderTests.SearchExportHeader,
            $"SS-1,gwent,2024-07-10T12:00,,,-2.997,51.588,PC 1,Team A,Person search{Fields}"));
        store.Connection.Execute("DELETE FROM force_crs WHERE force = 'gwent'");
        store.Connection.Execute("INSERT INTO force_crs (force, epsg) VALUES ('gwent', 25830)");
        var utm = new CrsConverter(ProjectedCrs.FromEpsg(25830));
        BngPoint at = utm.ToProjected(-2.997, 51.588);
        long run = AnalysisRun.Record(store, "tasking", "gwent", "analyst", "test", Now, "{}", "{}", "{}");
        TaskingPublication.Publish(store, "gwent", new DateOnly(2024, 7, 10), run, 1000, "inspector", Now, "{}", null,
            [Cell((long)Math.Floor(at.Easting / 1000), (long)Math.Floor(at.Northing / 1000))]);

        var builder = new TaskedPlacesBuilder();
        TaskedPlacesQuery.Load(store, new StopSearchSelection("gwent", new YearMonth(2024, 7), new YearMonth(2024, 7)), builder);
        TaskedPlaces p = builder.Build();
        Assert.Equal((1L, 0L), (p.Inside.Searches, p.Outside.Searches));
    }

    private static PublishedPlace Cell(long column, long row) =>
        new(0, 1, "cell", column, row, (column * 1000) + 500, (row * 1000) + 500, 51.588, -2.997, null, 1, 1, 2, 15, "", "test place");
}
