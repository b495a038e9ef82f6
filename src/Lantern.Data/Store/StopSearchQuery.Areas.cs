using System.Runtime.InteropServices;
using System.Text;
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
    /// <param name="locate">The area of a point (BNG metres): an index into <paramref name="areas"/>, or −1. Called from several threads at once.</param>
    /// <param name="areas">One builder per area; their months must cover the selection's.</param>
    /// <param name="whole">The force's builder: every selected search, placed or not.</param>
    /// <returns>What was read: <c>Counted</c> is the searches placed in some area, <c>OutsideArea</c> those with coordinates in no area,
    /// <c>Unplaced</c> those without coordinates.</returns>
    public static StopSearchLoad LoadByArea(LanternStore store, StopSearchSelection selection, Func<double, double, int> locate,
        IReadOnlyList<StopSearchSummaryBuilder> areas, StopSearchSummaryBuilder whole)
    {
        SearchTally<(int Area, long Packed)>[] parts = Scan(store, selection, $"{Counted}, searched_at, northing", r =>
        {
            var t = new SearchTally<(int Area, long Packed)>(selection);
            var places = new Dictionary<(double, double), int>();
            while (r.Step())
            {
                t.Read++;
                long p = Pack(r, selection.From.Index);
                t.Spans.Add((int)(p >> 48), StoredTime.ParseUtc(r.Utf8(AfterCounted)).Ticks);
                if (selection.Legislation is { } powers && !powers.Contains((Legislation)Field(p, 0)))
                {
                    t.OtherPowers++;
                    continue;
                }

                int area = -2; // the force only
                if (((p >> 44) & 1) == 1)
                {
                    (double e, double n) = (r.Double(8), r.Double(AfterCounted + 1));
                    ref int found = ref CollectionsMarshal.GetValueRefOrAddDefault(places, (e, n), out bool known);
                    if (!known)
                    {
                        found = locate(e, n);
                    }

                    area = found;
                    t.Placed += area >= 0 ? 1 : 0;
                    t.Outside += area >= 0 ? 0 : 1;
                }
                else
                {
                    t.Unplaced++;
                }

                ref long count = ref CollectionsMarshal.GetValueRefOrAddDefault(t.Same, (area, p), out _);
                count++;
            }

            return t;
        });

        var all = SearchTally<(int Area, long Packed)>.Merge(parts);
        foreach (((int area, long p), long n) in all.Same)
        {
            SearchFacts facts = Facts(selection, p);
            whole.Add(facts, n);
            if (area >= 0)
            {
                areas[area].Add(facts, n);
            }
        }

        all.Spans.AddTo([whole, .. areas]);
        return new StopSearchLoad(all.Read, all.Placed, all.OtherPowers, all.Outside, all.Unplaced);
    }

    /// <summary>The UK dates of a month on which the force has at least one search: the days of it with none are gaps in the data, or days without searches.</summary>
    /// <param name="store">The store.</param>
    /// <param name="force">The force's slug.</param>
    /// <param name="month">The month (as data.police.uk files searches: by UK date).</param>
    /// <returns>The dates, in order.</returns>
    public static IReadOnlyList<DateOnly> DaysWithSearches(LanternStore store, string force, YearMonth month) =>
        [.. store.Connection.Query<string>("SELECT DISTINCT substr(searched_at, 1, 13) FROM stop_search WHERE force = @force AND month = @m",
                new { force, m = month.Index })
            .Select(hour => UkTime.DateOf(new DateTimeOffset(StoredTime.ParseUtc(Encoding.UTF8.GetBytes(hour + ":00:00Z")))))
            .Where(d => d.Year == month.Year && d.Month == month.Month)
            .Distinct()
            .Order()];
}
