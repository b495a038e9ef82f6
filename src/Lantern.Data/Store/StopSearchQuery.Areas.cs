using System.Data;
using System.Runtime.InteropServices;
using Dapper;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Data.Store;

internal static partial class StopSearchQuery
{
    /// <summary>
    /// Counts the selected searches of a force into one summary per area at once (every borough of a force, say) and into
    /// <paramref name="whole"/> for the force: one read for all. Each search with coordinates is placed by
    /// <paramref name="locate"/> (an area's index into <paramref name="areas"/>, or −1 for none); a snap point is placed once,
    /// however many searches share it. Every builder gets the force's month spans, so missing and partial months are judged
    /// on all the force's records as in <see cref="Load"/>.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="selection">Force, months and powers (no window or operation).</param>
    /// <param name="locate">The area of a point (BNG metres): an index into <paramref name="areas"/>, or −1.</param>
    /// <param name="areas">One builder per area; their months must cover the selection's.</param>
    /// <param name="whole">The force's builder: every selected search, placed or not.</param>
    /// <returns>What was read: <c>Counted</c> is the searches placed in some area, <c>OutsideArea</c> those with coordinates in no area,
    /// <c>Unplaced</c> those without coordinates.</returns>
    public static StopSearchLoad LoadByArea(LanternStore store, StopSearchSelection selection, Func<double, double, int> locate,
        IReadOnlyList<StopSearchSummaryBuilder> areas, StopSearchSummaryBuilder whole)
    {
        int months = selection.To.Index - selection.From.Index + 1;
        string?[] first = new string?[months], last = new string?[months];
        long read = 0, otherPowers = 0, outside = 0, unplaced = 0, placed = 0;
        var same = new Dictionary<(int Area, long Packed), long>();
        var places = new Dictionary<(double, double), int>();
        var parameters = new { force = selection.Force, from = selection.From.Index, to = selection.To.Index };
        (long? lo, long? hi) = store.Connection.QuerySingle<(long?, long?)>(
            "SELECT min(id), max(id) FROM stop_search WHERE force = @force AND month BETWEEN @from AND @to", parameters);
        using (IDataReader r = store.Connection.ExecuteReader(
            $"SELECT {Packed}, searched_at, easting, northing FROM {store.ByIdRange("stop_search")} " +
            "WHERE id BETWEEN @lo AND @hi AND force = @force AND month BETWEEN @from AND @to",
            new { parameters.force, parameters.from, parameters.to, lo = lo ?? 0, hi = hi ?? -1 }))
        {
            while (r.Read())
            {
                read++;
                long p = r.GetInt64(0);
                int m = (int)(p >> 48);
                string at = r.GetString(1);
                if (first[m] is null || string.CompareOrdinal(at, first[m]) < 0)
                {
                    first[m] = at;
                }

                if (last[m] is null || string.CompareOrdinal(at, last[m]) > 0)
                {
                    last[m] = at;
                }

                if (selection.Legislation is { } powers && !powers.Contains((Legislation)Field(p, 0)))
                {
                    otherPowers++;
                    continue;
                }

                int area = -2; // the force only
                if (((p >> 44) & 1) == 1)
                {
                    (double e, double n) = (r.GetDouble(2), r.GetDouble(3));
                    ref int found = ref CollectionsMarshal.GetValueRefOrAddDefault(places, (e, n), out bool known);
                    if (!known)
                    {
                        found = locate(e, n);
                    }

                    area = found;
                    placed += area >= 0 ? 1 : 0;
                    outside += area >= 0 ? 0 : 1;
                }
                else
                {
                    unplaced++;
                }

                ref long count = ref CollectionsMarshal.GetValueRefOrAddDefault(same, (area, p), out _);
                count++;
            }
        }

        foreach (((int area, long p), long n) in same)
        {
            int linked = (int)((p >> 42) & 3);
            var facts = new SearchFacts(selection.From.Index + (int)(p >> 48), (Legislation)Field(p, 0), (ObjectOfSearch)Field(p, 1), (SearchOutcome)Field(p, 2),
                linked == 0 ? null : linked == 2, (AgeRange)Field(p, 3), (Gender)Field(p, 4), (EthnicGroup)Field(p, 5), (EthnicGroup)Field(p, 6),
                ((p >> 44) & 1) == 1);
            whole.Add(facts, n);
            if (area >= 0)
            {
                areas[area].Add(facts, n);
            }
        }

        for (int m = 0; m < months; m++)
        {
            if (first[m] is { } f && last[m] is { } l)
            {
                YearMonth month = selection.From.PlusMonths(m);
                (DateOnly a, DateOnly b) = (UkDate(f), UkDate(l));
                whole.AddMonthSpan(month, a, b);
                foreach (StopSearchSummaryBuilder builder in areas)
                {
                    builder.AddMonthSpan(month, a, b);
                }
            }
        }

        return new StopSearchLoad(read, placed, otherPowers, outside, unplaced);
    }

    /// <summary>The UK dates of a month on which the force has at least one search: the days of it with none are gaps in the data, or days without searches.</summary>
    /// <param name="store">The store.</param>
    /// <param name="force">The force's slug.</param>
    /// <param name="month">The month (as data.police.uk files searches: by UK date).</param>
    /// <returns>The dates, in order.</returns>
    public static IReadOnlyList<DateOnly> DaysWithSearches(LanternStore store, string force, YearMonth month) =>
        [.. store.Connection.Query<string>("SELECT DISTINCT substr(searched_at, 1, 13) FROM stop_search WHERE force = @force AND month = @m",
                new { force, m = month.Index })
            .Select(hour => UkDate(hour + ":00:00Z"))
            .Where(d => d.Year == month.Year && d.Month == month.Month)
            .Distinct()
            .Order()];
}
