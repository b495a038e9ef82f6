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
        (int? first, int? last) = store.Connection.QuerySingle<(int?, int?)>(
            "SELECT min(month), max(month) FROM crime WHERE force = @force", new { force });
        // No data for the force: an empty history, which answers every selection with nothing.
        YearMonth from = first is { } f ? YearMonth.FromIndex(f) : new YearMonth(2000, 1);
        YearMonth to = last is { } l ? YearMonth.FromIndex(l) : from;
        return Read(store, new CrimeSelection(force, from, to), harm, whole: true);
    }

    private static CrimeHistory Read(LanternStore store, CrimeSelection filter, HarmTable harm, bool whole)
    {
        var sourceByMonth = new SortedDictionary<YearMonth, SourceKind>();
        var withoutLocation = new Dictionary<(int, CrimeCategory), long>();
        var builder = new CrimePointsBuilder(4096);
        var month = new MonthRows();
        // In the unique key's order (force, month, row key), so SQLite sorts nothing: sorting two million rows by (month, id)
        // cost more than reading them. Each month is put in id order by MonthRows.
        using StoreRows rows = StoreRows.Open(store, Columns + "WHERE force = @force AND month BETWEEN @from AND @to ORDER BY month",
            ("force", filter.Force), ("from", filter.From.Index), ("to", filter.To.Index));
        while (rows.Step())
        {
            int m = (int)rows.Int64(0);
            if (m != month.Index)
            {
                month.MoveTo(m, builder, sourceByMonth, withoutLocation);
            }

            bool export = rows.Int64(1) == (int)SourceKind.ForceExport;
            month.SawExport |= export;
            var category = (CrimeCategory)rows.Int64(5);
            if (filter.Categories is { } wanted && !wanted.Contains(category))
            {
                continue;
            }

            if (rows.IsNull(3) || rows.IsNull(4))
            {
                month.WithoutLocation(export, category);
                continue;
            }

            string? code = rows.IsNull(6) ? null : rows.Text(6);
            long from = rows.IsNull(7) ? 0 : StoredTime.ParseLocal(rows.Utf8(7)).Ticks;
            long to = rows.IsNull(8) ? from : StoredTime.ParseLocal(rows.Utf8(8)).Ticks;
            month.Add(export, new Row(rows.Int64(2), rows.Double(3), rows.Double(4), category, harm.WeightOf(category, code), from, to));
        }

        month.MoveTo(-1, builder, sourceByMonth, withoutLocation);
        return new CrimeHistory(filter, whole, builder.Build(), sourceByMonth, withoutLocation);
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
        string? t = store.Connection.ExecuteScalar<string?>(
            "SELECT max(committed_from) FROM crime WHERE force = @force AND kind = @kind", new { force, kind = (int)SourceKind.ForceExport });
        return t is null ? null : DateOnly.FromDateTime(StoredTime.ParseLocal(Encoding.UTF8.GetBytes(t)));
    }

    /// <summary>The forces with crime data, most rows first. Counts every row (0.2-0.9 s for two million crimes): where the
    /// order does not matter, <see cref="ForceList"/>.</summary>
    public static IReadOnlyList<string> Forces(LanternStore store) =>
        store.Connection.Query<string>("SELECT force FROM crime GROUP BY force ORDER BY count(*) DESC").AsList();

    /// <summary>The forces with crime data, by slug, at once (<see cref="LanternStore.ForcesIn"/>).</summary>
    public static IReadOnlyList<string> ForceList(LanternStore store) => store.ForcesIn("crime");

    // The query's columns, in the order both readers number them.
    private const string Columns = "SELECT month, kind, id, easting, northing, category, offence_code, committed_from, committed_to FROM crime ";

    private readonly record struct Row(long Id, double Easting, double Northing, CrimeCategory Category, double Harm, long FromTicks, long ToTicks);

    /// <summary>
    /// One month's rows while it is read. A month with any force-export rows uses only those, else its street rows (no
    /// crime is counted twice); the rows used keep their id order.
    /// </summary>
    private sealed class MonthRows
    {
        private readonly List<Row> _street = [];
        private readonly List<Row> _export = [];
        private readonly Dictionary<(bool Export, CrimeCategory Category), long> _withoutLocation = [];

        public int Index { get; private set; } = -1;

        /// <summary>Whether the month has any force-export row, in any category, located or not.</summary>
        public bool SawExport { get; set; }

        public void Add(bool export, Row row) => (export ? _export : _street).Add(row);

        public void WithoutLocation(bool export, CrimeCategory category) =>
            _withoutLocation[(export, category)] = _withoutLocation.GetValueOrDefault((export, category)) + 1;

        /// <summary>Puts the month read so far into <paramref name="builder"/> and starts <paramref name="next"/>.</summary>
        public void MoveTo(int next, CrimePointsBuilder builder, SortedDictionary<YearMonth, SourceKind> sourceByMonth,
            Dictionary<(int, CrimeCategory), long> withoutLocation)
        {
            if (Index >= 0)
            {
                List<Row> used = SawExport ? _export : _street;
                used.Sort(static (a, b) => a.Id.CompareTo(b.Id));
                var month = YearMonth.FromIndex(Index);
                foreach (Row r in used)
                {
                    builder.Add(r.Easting, r.Northing, r.Category, r.Harm, month,
                        r.FromTicks == 0 ? null : new DateTime(r.FromTicks), r.FromTicks == 0 ? null : new DateTime(r.ToTicks));
                }

                foreach (((bool export, CrimeCategory category), long count) in _withoutLocation)
                {
                    if (export == SawExport)
                    {
                        withoutLocation[(Index, category)] = count;
                    }
                }

                sourceByMonth[month] = SawExport ? SourceKind.ForceExport : SourceKind.Street;
            }

            Index = next;
            SawExport = false;
            _street.Clear();
            _export.Clear();
            _withoutLocation.Clear();
        }
    }
}
