using Dapper;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Import;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

public abstract partial class StoreTests
{
    [StoreFact]
    public void StopSearchQuery_Load_CountsTheSelectionAndJudgesMonthsOnAllRecords()
    {
        using LanternStore store = Open();
        // August's records run 1 to 31 August (UK time: the first is 00:30 BST on 1 August); September's stop on the 10th.
        Import(store, WriteFile("2023-08/2023-08-metropolitan-stop-and-search.csv", SearchHeader,
            "Person search,2023-07-31T23:30:00+00:00,False,,51.50,-0.10,Male,18-24,White - Irish,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,,",
            "Person search,2023-08-15T12:00:00+00:00,False,,,,Male,18-24,Black/African/Caribbean/Black British - African,Black,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,",
            "Person search,2023-08-31T20:00:00+00:00,False,,51.60,-0.10,Female,over 34,Other ethnic group - Not stated,Asian,Criminal Justice and Public Order Act 1994 (section 60),Anything to threaten or harm anyone,A no further action disposal,,"));
        Import(store, WriteFile("2023-09/2023-09-metropolitan-stop-and-search.csv", SearchHeader,
            "Person search,2023-09-10T10:00:00+00:00,False,,51.50,-0.10,Male,10-17,,Black,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,Community resolution,,"));
        YearMonth august = new(2023, 8), october = new(2023, 10);

        var all = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(august, october));
        StopSearchLoad load = StopSearchQuery.Load(store, new StopSearchSelection("metropolitan", august, october), all, null);
        StopSearchSummary s = all.Build();

        Assert.Equal(new StopSearchLoad(4, 4, 0, 0, 0), load);
        Assert.Equal((4L, 1L), (s.Total.Searches, s.WithoutLocation));
        Assert.Equal([3L, 1L, 0L], s.Months.Select(m => m.Rates.Searches));
        Assert.Equal([MonthStatus.Complete, MonthStatus.Incomplete, MonthStatus.Missing], s.Months.Select(m => m.Status));
        Assert.Equal((new DateOnly(2023, 8, 1), new DateOnly(2023, 8, 31)), (s.Months[0].FirstDay!.Value, s.Months[0].LastDay!.Value));
        Assert.Equal(new EthnicGroupCounts(1, 1, 0, 0, 0), s.BasisSearches);
        Assert.Equal(2, s.UnknownEthnicity);
        Assert.Equal((1L, 4L), (s.Total.Arrest.Events, s.Total.Arrest.Of));

        // Section 60 only, north of northing 185,000 only: the month spans still come from every record.
        var some = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(august, october));
        StopSearchLoad part = StopSearchQuery.Load(store,
            new StopSearchSelection("metropolitan", august, october, new HashSet<Legislation> { Legislation.CjpoaSection60, Legislation.MisuseOfDrugsActSection23 }),
            some, new StoredArea("test", "north", null, new NetTopologySuite.Geometries.GeometryFactory().ToGeometry(new NetTopologySuite.Geometries.Envelope(0, 800_000, 185_000, 1_300_000))));
        Assert.Equal(new StopSearchLoad(4, 1, 1, 1, 1), part);
        Assert.Equal([MonthStatus.Complete, MonthStatus.Incomplete, MonthStatus.Missing], some.Build().Months.Select(m => m.Status));
    }

    [StoreFact]
    public void StopSearchReads_InParts_AnswerExactlyAsInOne()
    {
        using LanternStore store = Open();
        string[] groups = ["White", "Black", "Asian", "Other", ""];
        string[] powers = ["Misuse of Drugs Act 1971 (section 23)", "Police and Criminal Evidence Act 1984 (section 1)", "Criminal Justice and Public Order Act 1994 (section 60)"];
        foreach (int month in new[] { 7, 8, 9 })
        {
            // 211 searches a month at 37 places, some without coordinates, every group and power.
            string[] rows = [.. Enumerable.Range(0, 211).Select(i =>
                $"Person search,2023-{month:00}-{1 + (i % 28):00}T{i % 24:00}:{i % 60:00}:00+00:00,False,," +
                (i % 13 == 0 ? "," : $"{51.40 + (i % 37 * 0.005):F3},{-0.30 + (i % 37 * 0.01):F3}") +
                $",Male,18-24,,{groups[i % 5]},{powers[i % 3]},Controlled drugs,{(i % 4 == 0 ? "Arrest" : "A no further action disposal")},{(i % 4 == 0 ? "True" : "False")},")];
            Import(store, WriteFile($"2023-{month:00}/2023-{month:00}-metropolitan-stop-and-search.csv", [SearchHeader, .. rows]));
        }

        YearMonth from = new(2023, 7), to = new(2023, 9);
        var selection = new StopSearchSelection("metropolitan", from, to, new HashSet<Legislation> { Legislation.PaceSection1, Legislation.MisuseOfDrugsActSection23 });
        var north = new StoredArea("test", "north", null, new NetTopologySuite.Geometries.GeometryFactory().ToGeometry(
            new NetTopologySuite.Geometries.Envelope(0, 800_000, 175_000, 1_300_000)));
        string Answer(int parts)
        {
            using IDisposable _ = IdRangeScan.Parts(parts);
            var whole = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to));
            var inside = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to));
            var areas = new[] { new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to)), new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to)) };
            var byArea = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to));
            StopSearchLoad a = StopSearchQuery.Load(store, selection, whole, null);
            StopSearchLoad b = StopSearchQuery.Load(store, selection, inside, north);
            StopSearchLoad c = StopSearchQuery.LoadByArea(store, selection, (e, n) => e < 530_000 ? 0 : n < 180_000 ? 1 : -1, areas, byArea);
            List<VeilSearch> veil = VeilQuery.Load(store, selection, EthnicityBasis.OfficerDefined, (e, _) => e < 530_000 ? 0 : 1);
            Assert.Equal(store is SqliteStore ? parts : 1, IdRangeScan.s_lastParts); // in parts on SQLite; PostgreSQL reads in one
            return System.Text.Json.JsonSerializer.Serialize(new object[]
            {
                a, b, c, whole.Build(), inside.Build(), areas[0].Build(), areas[1].Build(), byArea.Build(), veil.Select(v => v.ToString()),
            });
        }

        string one = Answer(1);
        Assert.Contains("\"Read\":633", one, StringComparison.Ordinal);
        Assert.Equal(one, Answer(2));
        Assert.Equal(one, Answer(5));

        // The store's own connection inside a transaction: its rows are read there (other connections could not see them).
        using (System.Data.Common.DbTransaction t = store.Connection.BeginTransaction())
        {
            store.Connection.Execute("DELETE FROM stop_search WHERE month = @m", new { m = to.Index }, t);
            using IDisposable _ = IdRangeScan.Parts(3);
            var builder = new StopSearchSummaryBuilder(new StopSearchSummaryOptions(from, to));
            Assert.Equal(422, StopSearchQuery.Load(store, selection with { Legislation = null }, builder, null).Read);
            Assert.Equal(1, IdRangeScan.s_lastParts);
            t.Rollback();
        }
    }

    [StoreFact]
    public void Import_StopSearchExport_ExtraFieldsStoredAndALaterVersionReplacesTheEarlier()
    {
        string header = Formats.PoliceFileReaderTests.SearchExportHeader;
        const string Fields = ",Misuse of Drugs Act 1971 (section 23),Controlled drugs,";
        string first = WriteFile("stop-search-week-1.csv", header,
            $"SS-1,gwent,2024-07-01T13:45,331000,188000,,,PC 1,Team A,Person search{Fields}A no further action disposal,,,Black,Male,18-24,No,Camera not issued,,Smelt cannabis,,,",
            $"SS-2,gwent,2024-07-02T22:10,,,-2.99,51.59,PC 2,Team B,Person search{Fields}Arrest,True,,White,Male,25-34,Yes,,,Seen hiding a package,,,");
        string second = WriteFile("stop-search-week-2.csv", header,
            $"SS-1,gwent,2024-07-01T13:45,331000,188000,,,PC 1,Team A,Person search{Fields}Arrest,True,,Black,Male,18-24,No,Camera not issued,,Smelt cannabis,,,", // outcome corrected
            $"SS-2,gwent,2024-07-02T22:10,,,-2.99,51.59,PC 2,Team B,Person search{Fields}Arrest,True,,White,Male,25-34,Yes,,,Seen hiding a package,,,"); // unchanged
        using LanternStore store = Open();

        Assert.Equal(2, Import(store, first).RowsImported);
        FileImportResult again = Import(store, second);

        Assert.Equal((0L, 1L, 1L), (again.RowsImported, again.RowsUpdated, again.RowsPresent));
        Assert.Equal(2, Count(store, "stop_search"));
        var rows = store.Connection.Query<(string SearchId, string OfficerId, string Team, bool? Bwv, string? Reason, string Grounds, string Outcome, string At)>(
            "SELECT search_id, officer_id, team, body_worn_video, body_worn_video_reason, grounds, outcome_raw, searched_at FROM stop_search_v ORDER BY search_id").AsList();
        Assert.Equal(("SS-1", "PC 1", "Team A", false, "Camera not issued", "Smelt cannabis", "Arrest", "2024-07-01T12:45:00Z"), rows[0]);
        Assert.Equal(("SS-2", "PC 2", "Team B", true, null, "Seen hiding a package", "Arrest", "2024-07-02T21:10:00Z"), rows[1]);
        Assert.Equal(0, Import(store, second).RowsImported); // the same bytes again: skipped
    }
}
