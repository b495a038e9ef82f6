using Dapper;
using Lantern.Core.Crimes;
using Lantern.Core.Harm;
using Lantern.Core.Time;
using Lantern.Data.Formats;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

/// <summary>
/// Loading crimes for analysis: one source per month (force export over street), rows in month then id order, and a
/// history in memory that answers every selection exactly as a read of the store does.
/// </summary>
public sealed class CrimeQueryTests : IDisposable
{
    private const string Force = "test-force";
    private static readonly YearMonth s_first = new(2025, 1);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lantern-crimequery-{Guid.NewGuid():N}.db");
    private readonly SqliteStore _store;
    private long _nextKey;

    public CrimeQueryTests()
    {
        _store = SqliteStore.OpenFile(_path);
        _store.Connection.Execute(
            "INSERT INTO source_file (id, name, sha256, kind, rows_read, rows_imported, rows_present, rows_rejected, imported_at, lantern_version) " +
            "VALUES (1, 'test', 'sha', 1, 0, 0, 0, 0, '2026-11-21T00:00:00Z', 'test')");
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public void Load_MonthWithExportRows_UsesOnlyThoseInIdOrder_AndCountsRowsWithoutLocation()
    {
        // January: street rows, then a force export of the same month (ids after the street rows; their row keys sort
        // before the street rows' keys, so the key index does not give id order).
        Insert(s_first, SourceKind.Street, CrimeCategory.Robbery, 1);
        Insert(s_first, SourceKind.Street, CrimeCategory.Burglary, 2);
        Insert(s_first, SourceKind.ForceExport, CrimeCategory.Robbery, 3, key: 900, from: "2025-01-05T22:00:00", to: "2025-01-06T01:00:00");
        Insert(s_first, SourceKind.ForceExport, CrimeCategory.Burglary, 4, key: 800, from: "2025-01-07T10:00:00");
        Insert(s_first, SourceKind.ForceExport, CrimeCategory.Burglary, null, key: 700); // no location
        Insert(s_first, SourceKind.Street, CrimeCategory.Burglary, null); // no location, but January uses the export
        // February: street rows only; March: nothing.
        Insert(s_first.PlusMonths(1), SourceKind.Street, CrimeCategory.Drugs, 5, key: 600);
        Insert(s_first.PlusMonths(1), SourceKind.Street, CrimeCategory.Drugs, null, key: 500);

        LoadedCrimes loaded = CrimeQuery.Load(_store, new CrimeSelection(Force, s_first, s_first.PlusMonths(2)), HarmTable.Default);

        Assert.Equal([3.0, 4.0, 5.0], loaded.Points.Easting.ToArray());
        Assert.Equal(2, loaded.Points.TimedCount);
        Assert.Equal(new DateTime(2025, 1, 6, 1, 0, 0).Ticks, loaded.Points.ToTicks[0]);
        Assert.Equal(loaded.Points.FromTicks[1], loaded.Points.ToTicks[1]); // no end: the window is the instant
        Assert.Equal(0, loaded.Points.FromTicks[2]);
        Assert.Equal(
            [KeyValuePair.Create(s_first, SourceKind.ForceExport), KeyValuePair.Create(s_first.PlusMonths(1), SourceKind.Street)],
            loaded.SourceByMonth.ToArray());
        Assert.Equal([s_first.PlusMonths(2)], loaded.MissingMonths);
        Assert.Equal(2, loaded.WithoutLocation); // January's export row and February's street row

        LoadedCrimes burglary = CrimeQuery.Load(_store,
            new CrimeSelection(Force, s_first, s_first.PlusMonths(2), new HashSet<CrimeCategory> { CrimeCategory.Burglary }), HarmTable.Default);
        Assert.Equal([4.0], burglary.Points.Easting.ToArray());
        Assert.Equal(1, burglary.WithoutLocation);
        Assert.Equal(SourceKind.ForceExport, burglary.SourceByMonth[s_first]); // a month's source does not depend on the categories asked for
    }

    [Fact]
    public void LoadHistory_Select_IsWhatLoadReads()
    {
        var random = new Random(20261121);
        var categories = new[] { CrimeCategory.Robbery, CrimeCategory.Burglary, CrimeCategory.Drugs, CrimeCategory.ViolenceAndSexualOffences };
        for (int m = 0; m < 12; m++)
        {
            if (m == 4)
            {
                continue; // a month with no data
            }

            bool export = m % 3 == 0;
            for (int i = 0; i < 60; i++)
            {
                // Street rows in every month; export rows as well in every third month, mixed in by id.
                SourceKind kind = export && i % 2 == 0 ? SourceKind.ForceExport : SourceKind.Street;
                double? easting = random.Next(10) == 0 ? null : random.Next(1000, 9000);
                string? from = kind == SourceKind.ForceExport ? $"2025-01-{1 + random.Next(28):D2}T{random.Next(24):D2}:00:00" : null;
                Insert(s_first.PlusMonths(m), kind, categories[random.Next(categories.Length)], easting, key: random.Next(), from: from);
            }
        }

        CrimeHistory history = CrimeQuery.LoadHistory(_store, Force, HarmTable.Default);
        var robbery = new HashSet<CrimeCategory> { CrimeCategory.Robbery };
        CrimeSelection[] selections =
        [
            new(Force, s_first, s_first.PlusMonths(11)), // everything: shares the history's points
            new(Force, s_first.PlusMonths(-6), s_first.PlusMonths(17)), // wider than the data
            new(Force, s_first.PlusMonths(2), s_first.PlusMonths(6)), // inside, across the empty month
            new(Force, s_first.PlusMonths(3), s_first.PlusMonths(3)), // one export month
            new(Force, s_first.PlusMonths(1), s_first.PlusMonths(9), robbery), // some categories
            new(Force, s_first.PlusMonths(20), s_first.PlusMonths(22)), // after the data
        ];
        foreach (CrimeSelection selection in selections)
        {
            LoadedCrimes expected = CrimeQuery.Load(_store, selection, HarmTable.Default);
            LoadedCrimes actual = history.Select(selection);
            Assert.Equal(expected.Points.Easting.ToArray(), actual.Points.Easting.ToArray());
            Assert.Equal(expected.Points.Northing.ToArray(), actual.Points.Northing.ToArray());
            Assert.Equal(expected.Points.Category.ToArray(), actual.Points.Category.ToArray());
            Assert.Equal(expected.Points.Harm.ToArray(), actual.Points.Harm.ToArray());
            Assert.Equal(expected.Points.MonthIndex.ToArray(), actual.Points.MonthIndex.ToArray());
            Assert.Equal(expected.Points.FromTicks.ToArray(), actual.Points.FromTicks.ToArray());
            Assert.Equal(expected.Points.ToTicks.ToArray(), actual.Points.ToTicks.ToArray());
            Assert.Equal(expected.Points.TimedCount, actual.Points.TimedCount);
            Assert.Equal(expected.SourceByMonth.ToArray(), actual.SourceByMonth.ToArray());
            Assert.Equal(expected.MissingMonths, actual.MissingMonths);
            Assert.Equal(expected.WithoutLocation, actual.WithoutLocation);
        }

        Assert.Same(history.Points, history.Select(selections[0]).Points);
        Assert.True(history.Points.Count > 0);
    }

    [Fact]
    public void Load_InParts_MonthsInOrderAndEachMonthInIdOrder_AsInOnePart()
    {
        // Rows of six months in no order of month (a force export spanning months, street files imported late), with keys
        // that do not sort as the ids do; some months have export rows among their street rows, some rows no location.
        var random = new Random(20261122);
        var rows = new List<(int Month, SourceKind Kind, double? Easting)>();
        for (int i = 0; i < 3000; i++)
        {
            int m = random.Next(6);
            SourceKind kind = m % 2 == 0 && random.Next(3) == 0 ? SourceKind.ForceExport : SourceKind.Street;
            double? easting = random.Next(20) == 0 ? null : 10_000 + i;
            rows.Add((m, kind, easting));
            Insert(s_first.PlusMonths(m), kind, CrimeCategory.Robbery, easting, key: random.Next(), from: kind == SourceKind.ForceExport ? "2025-01-02T03:00:00" : null);
        }

        // Worked out here: month by month, the month's export rows if it has any else its street rows, in the order inserted.
        SourceKind Used(int month) => rows.Any(r => r.Month == month && r.Kind == SourceKind.ForceExport) ? SourceKind.ForceExport : SourceKind.Street;
        double[] expected = [.. rows.Where(r => r.Kind == Used(r.Month) && r.Easting is not null).OrderBy(r => r.Month).Select(r => r.Easting!.Value)];
        long unlocated = rows.Count(r => r.Kind == Used(r.Month) && r.Easting is null);
        var selection = new CrimeSelection(Force, s_first, s_first.PlusMonths(5));
        foreach (int parts in new[] { 1, 2, 5 })
        {
            using IDisposable _ = IdRangeScan.Parts(parts);
            LoadedCrimes loaded = CrimeQuery.Load(_store, selection, HarmTable.Default);
            Assert.Equal(parts, IdRangeScan.s_lastParts);
            Assert.Equal(expected, loaded.Points.Easting.ToArray());
            Assert.Equal(unlocated, loaded.WithoutLocation);
        }
    }

    [Fact]
    public void LatestDay_TheLastForceExportCrime_NotAStreetMonthAfterIt()
    {
        Assert.Null(CrimeQuery.LatestDay(_store, Force));
        Insert(s_first, SourceKind.ForceExport, CrimeCategory.Robbery, 1, from: "2025-01-31T23:30:00");
        Insert(s_first.PlusMonths(1), SourceKind.ForceExport, CrimeCategory.Robbery, 2, from: "2025-02-27T23:00:00");
        Insert(s_first.PlusMonths(1), SourceKind.ForceExport, CrimeCategory.Robbery, 3, from: "2025-02-03T10:00:00");
        Insert(s_first.PlusMonths(2), SourceKind.Street, CrimeCategory.Robbery, 4); // March: street rows only
        Assert.Null(CrimeQuery.LatestDay(_store, "another-force"));

        Assert.Equal(new DateOnly(2025, 2, 27), CrimeQuery.LatestDay(_store, Force));
    }

    [Fact]
    public void LoadHistory_ForceWithoutData_AnswersNothing()
    {
        LoadedCrimes none = CrimeQuery.LoadHistory(_store, Force, HarmTable.Default).Select(new CrimeSelection(Force, s_first, s_first.PlusMonths(1)));
        Assert.Equal(0, none.Points.Count);
        Assert.Equal([s_first, s_first.PlusMonths(1)], none.MissingMonths);
    }

    /// <summary>A crime row; <paramref name="easting"/> null: no location. Northing is easting + 1.</summary>
    private void Insert(YearMonth month, SourceKind kind, CrimeCategory category, double? easting, long? key = null, string? from = null,
        string? to = null)
    {
        long k = key ?? (1_000_000 + _nextKey++);
        byte[] rowKey = BitConverter.GetBytes(k);
        Array.Reverse(rowKey); // big-endian, so the key index sorts as the number does
        _store.Connection.Execute(
            "INSERT INTO crime (row_key, source_file_id, line, kind, force, month, easting, northing, category, category_raw_label, " +
            "committed_from, committed_to) VALUES (@rowKey, 1, 1, @kind, @force, @month, @easting, @northing, @category, 0, @from, @to)",
            new { rowKey, kind = (int)kind, force = Force, month = month.Index, easting, northing = easting + 1, category = (int)category, from, to });
    }
}
