using System.Text;
using Dapper;
using Lantern.Core.Crimes;
using Lantern.Core.Harm;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Store;

/// <summary>Loads crimes from the store into columns for the analytics.</summary>
internal static class CrimeQuery
{
    /// <summary>
    /// The crimes of <paramref name="filter"/>: per month, the force-export rows when the month has any, else the street
    /// rows; in month order, then row id.
    /// </summary>
    public static LoadedCrimes Load(LanternStore store, CrimeSelection filter, HarmTable harm) =>
        Read(store, filter, harm, whole: false).Select(filter);

    /// <summary>Every month of a force's crimes, all categories, to answer many selections from memory.</summary>
    public static CrimeHistory LoadHistory(LanternStore store, string force, HarmTable harm)
    {
        // Each in its own subquery: SQLite answers one min() or max() from the key index with one seek, but both in one
        // query by reading all of the force's entries (0.35-1.5 s for two million crimes).
        (int? first, int? last) = store.Connection.QuerySingle<(int?, int?)>(
            "SELECT (SELECT min(month) FROM crime WHERE force = @force), (SELECT max(month) FROM crime WHERE force = @force)", new { force });
        // No data for the force: an empty history, which answers every selection with nothing.
        YearMonth from = first is { } f ? YearMonth.FromIndex(f) : new YearMonth(2000, 1);
        YearMonth to = last is { } l ? YearMonth.FromIndex(l) : from;
        return Read(store, new CrimeSelection(force, from, to), harm, whole: true);
    }

    private static CrimeHistory Read(LanternStore store, CrimeSelection filter, HarmTable harm, bool whole)
    {
        // In id order, in parts (IdRangeScan): each part sorts its rows by month, keeping their id order within it.
        Dictionary<int, MonthRows>[] parts = IdRangeScan.Records(store, "crime", filter.Force, filter.From.Index, filter.To.Index, Columns,
            rows => ReadPart(rows, filter, harm));
        var sourceByMonth = new SortedDictionary<YearMonth, SourceKind>();
        var withoutLocation = new Dictionary<(int, CrimeCategory), long>();
        var builder = new CrimePointsBuilder(4096);
        foreach (int m in parts.SelectMany(p => p.Keys).Distinct().Order())
        {
            // A month's rows in id order: each part's, in the parts' order. A month with any force-export row in any part
            // uses its force-export rows, else its street rows.
            MonthRows[] inParts = [.. parts.Where(p => p.ContainsKey(m)).Select(p => p[m])];
            bool export = inParts.Any(r => r.SawExport);
            var month = YearMonth.FromIndex(m);
            foreach (MonthRows part in inParts)
            {
                foreach (Row r in export ? part.Export : part.Street)
                {
                    builder.Add(r.Easting, r.Northing, r.Category, r.Harm, month,
                        r.FromTicks == 0 ? null : new DateTime(r.FromTicks), r.FromTicks == 0 ? null : new DateTime(r.ToTicks));
                }

                foreach (((bool rowExport, CrimeCategory category), long count) in part.WithoutLocation)
                {
                    if (rowExport == export)
                    {
                        withoutLocation[(m, category)] = withoutLocation.GetValueOrDefault((m, category)) + count;
                    }
                }
            }

            sourceByMonth[month] = export ? SourceKind.ForceExport : SourceKind.Street;
        }

        return new CrimeHistory(filter, whole, builder.Build(), sourceByMonth, withoutLocation);
    }

    // One part's rows, by month.
    private static Dictionary<int, MonthRows> ReadPart(StoreRows rows, CrimeSelection filter, HarmTable harm)
    {
        var months = new Dictionary<int, MonthRows>();
        MonthRows? month = null;
        while (rows.Step())
        {
            int m = (int)rows.Int64(0);
            if (month?.Index != m)
            {
                month = months.TryGetValue(m, out MonthRows? seen) ? seen : months[m] = new MonthRows(m);
            }

            bool export = rows.Int64(1) == (int)SourceKind.ForceExport;
            if (export != month.SawExport)
            {
                if (!export)
                {
                    continue; // the month has force-export rows: its street rows are never used
                }

                month.SawExport = true;
                month.Street.Clear();
                month.Street.TrimExcess();
                month.WithoutLocation.Clear(); // street rows' only, so far
            }

            var category = (CrimeCategory)rows.Int64(4);
            if (filter.Categories is { } wanted && !wanted.Contains(category))
            {
                continue;
            }

            if (rows.IsNull(2) || rows.IsNull(3))
            {
                month.WithoutLocation[(export, category)] = month.WithoutLocation.GetValueOrDefault((export, category)) + 1;
                continue;
            }

            string? code = rows.IsNull(5) ? null : rows.Text(5);
            long from = rows.IsNull(6) ? 0 : StoredTime.ParseLocal(rows.Utf8(6)).Ticks;
            long to = rows.IsNull(7) ? from : StoredTime.ParseLocal(rows.Utf8(7)).Ticks;
            (export ? month.Export : month.Street).Add(new Row(rows.Double(2), rows.Double(3), category, harm.WeightOf(category, code), from, to));
        }

        return months;
    }

    /// <summary>The latest month the store holds for a force (any kind of crime data), or null.</summary>
    public static YearMonth? LatestMonth(LanternStore store, string force)
    {
        int? m = store.Connection.ExecuteScalar<int?>("SELECT max(month) FROM crime WHERE force = @force", new { force });
        return m is { } i ? YearMonth.FromIndex(i) : null;
    }

    /// <summary>The latest day a force-export (timestamped) crime of a force was committed, or null when it has none.</summary>
    public static DateOnly? LatestDay(LanternStore store, string force)
    {
        // A force-export row's month is its committed_from's, so the latest lies in the latest month with force-export rows,
        // found walking the key index back from the newest month: the month's rows are read, not all of the force's (3-4.5
        // s for two million crimes).
        string? t = store.Connection.ExecuteScalar<string?>(
            "SELECT max(committed_from) FROM crime WHERE force = @force AND kind = @kind AND month = " +
            "(SELECT month FROM crime WHERE force = @force AND kind = @kind ORDER BY month DESC LIMIT 1)",
            new { force, kind = (int)SourceKind.ForceExport });
        return t is null ? null : DateOnly.FromDateTime(StoredTime.ParseLocal(Encoding.UTF8.GetBytes(t)));
    }

    /// <summary>The forces with crime data, most rows first. Counts every row (0.2-0.9 s for two million crimes): where the
    /// order does not matter, <see cref="ForceList"/>.</summary>
    public static IReadOnlyList<string> Forces(LanternStore store) =>
        store.Connection.Query<string>("SELECT force FROM crime GROUP BY force ORDER BY count(*) DESC").AsList();

    /// <summary>The forces with crime data, by slug, at once (<see cref="LanternStore.ForcesIn"/>).</summary>
    public static IReadOnlyList<string> ForceList(LanternStore store) => store.ForcesIn("crime");

    // The query's columns, in the order both readers number them.
    private const string Columns = "month, kind, easting, northing, category, offence_code, committed_from, committed_to";

    private readonly record struct Row(double Easting, double Northing, CrimeCategory Category, double Harm, long FromTicks, long ToTicks);

    /// <summary>
    /// One month's rows of one part of the read, in id order: street and force-export rows apart (a month with any
    /// force-export row uses only those, so no crime is counted twice), and the rows without a location counted.
    /// </summary>
    private sealed class MonthRows(int index)
    {
        public int Index { get; } = index;

        /// <summary>Whether the month has any force-export row, in any category, located or not.</summary>
        public bool SawExport { get; set; }

        public List<Row> Street { get; } = [];

        public List<Row> Export { get; } = [];

        public Dictionary<(bool Export, CrimeCategory Category), long> WithoutLocation { get; } = [];
    }
}
