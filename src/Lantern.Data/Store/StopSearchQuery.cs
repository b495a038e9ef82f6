using System.Runtime.InteropServices;
using Dapper;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Data.Store;

/// <summary>Streams a force's searches from the store into a summary, one row at a time: nothing per search is kept.</summary>
internal static partial class StopSearchQuery
{
    /// <summary>Bits per vocabulary in <see cref="Pack"/>: every vocabulary's values are below 64 (a test checks).</summary>
    internal const int FieldBits = 6;

    // A search's counted fields, read as columns (the first ten of the query) and packed here into one 64-bit integer, so
    // that searches with the same facts are counted once. Packing them in SQL instead made SQLite evaluate the arithmetic
    // per row, which cost more than reading the ten columns through SQLitePCL (docs/BENCHMARKS.md).
    private const string Counted = "legislation, object_of_search, outcome, age_range, gender, self_defined_ethnic_group, officer_defined_ethnic_group, " +
        "outcome_linked, easting, month";

    /// <summary>The columns after <see cref="Counted"/>'s.</summary>
    private const int AfterCounted = 10;

    private static long Pack(StoreRows r, int from)
    {
        long p = 0;
        for (int i = 0; i < 7; i++)
        {
            p |= r.Int64(i) << (i * FieldBits);
        }

        long linked = r.IsNull(7) ? 0 : r.Int64(7) != 0 ? 2 : 1;
        long located = r.IsNull(8) ? 0 : 1;
        return p | (linked << 42) | (located << 44) | ((r.Int64(9) - from) << 48);
    }

    /// <summary>
    /// Counts the selected searches into <paramref name="builder"/>, and gives it each month's first and last UK date
    /// over all the force's records (any power, anywhere), so that missing and partial months are judged on the data,
    /// not on the selection.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="selection">Force, months and powers; optionally a time window, and an operation name that places a search by the force's word.</param>
    /// <param name="builder">The summary being built; its months must cover the selection's.</param>
    /// <param name="area">Only searches inside this area (BNG metres). Searches without coordinates cannot be placed and are left out.</param>
    public static StopSearchLoad Load(LanternStore store, StopSearchSelection selection, StopSearchSummaryBuilder builder, StoredArea? area)
    {
        // The labels a named operation may be stored as (the store keeps strings as written; case is ignored here).
        HashSet<long>? operations = selection.Operation is { } op
            ? [.. store.Connection.Query<long>("SELECT id FROM label WHERE lower(text) = @op", new { op = op.Trim().ToLowerInvariant() })]
            : null;
        int operationAt = AfterCounted + 2;
        string columns = operations is { Count: > 0 } ? ", operation_label" : string.Empty;
        (long Start, long End)? window = selection.Window is { } sw ? (sw.Start.UtcTicks, sw.End.UtcTicks) : null;
        SearchTally<long>[] parts = Scan(store, selection, $"{Counted}, searched_at, northing{columns}", r =>
        {
            var t = new SearchTally<long>(selection);
            Func<double, double, bool>? inArea = area is null ? null : AreaStore.Inside(area); // one a part: not thread safe
            while (r.Step())
            {
                t.Read++;
                long p = Pack(r, selection.From.Index);
                long at = StoredTime.ParseUtc(r.Utf8(AfterCounted)).Ticks;
                t.Spans.Add((int)(p >> 48), at);
                var legislation = (Legislation)Field(p, 0);
                if (selection.Legislation is { } powers && !powers.Contains(legislation))
                {
                    t.OtherPowers++;
                    continue;
                }

                bool byOperation = operations is { Count: > 0 } && !r.IsNull(operationAt) && operations.Contains(r.Int64(operationAt));
                bool inWindow = window is not { } w || (at >= w.Start && at < w.End);
                if (!inWindow && !byOperation)
                {
                    t.OutsideWindow++;
                    continue;
                }

                bool hasLocation = ((p >> 44) & 1) == 1;
                bool here = inArea is null || (hasLocation && inArea(r.Double(8), r.Double(AfterCounted + 1)));
                if (byOperation)
                {
                    // The force says which authorisation the search was under: counted whatever its time and place.
                    t.ByOperation++;
                    t.OperationElsewhere += inWindow && here ? 0 : 1;
                }
                else if (!here)
                {
                    // Only with an area: a search without coordinates cannot be placed in it.
                    if (hasLocation)
                    {
                        t.Outside++;
                    }
                    else
                    {
                        t.Unplaced++;
                    }

                    continue;
                }

                // Searches with the same packed facts (month included) are counted once with their number: some 50,000
                // distinct combinations among the Met's 423,064 searches.
                ref long n = ref CollectionsMarshal.GetValueRefOrAddDefault(t.Same, p, out _);
                n++;
            }

            return t;
        });

        SearchTally<long> all = SearchTally<long>.Merge(parts);
        foreach ((long p, long n) in all.Same)
        {
            builder.Add(Facts(selection, p), n);
        }

        all.Spans.AddTo(builder);
        return new StopSearchLoad(all.Read, builder.Count, all.OtherPowers, all.Outside, all.Unplaced, all.OutsideWindow, all.ByOperation, all.OperationElsewhere);
    }

    /// <summary>The facts a packed value holds (<see cref="Pack"/>).</summary>
    private static SearchFacts Facts(StopSearchSelection selection, long p)
    {
        int linked = (int)((p >> 42) & 3);
        return new SearchFacts(selection.From.Index + (int)(p >> 48), (Legislation)Field(p, 0), (ObjectOfSearch)Field(p, 1), (SearchOutcome)Field(p, 2),
            linked == 0 ? null : linked == 2, (AgeRange)Field(p, 3), (Gender)Field(p, 4), (EthnicGroup)Field(p, 5), (EthnicGroup)Field(p, 6),
            ((p >> 44) & 1) == 1);
    }

    /// <summary>
    /// Reads the selected months' searches of the force, these columns, in id order: the id range SQLite scans
    /// (<see cref="LanternStore.ByIdRange"/>), in parts on both cores (<see cref="IdRangeScan"/>), each part read by
    /// <paramref name="read"/> into a result of its own.
    /// </summary>
    internal static T[] Scan<T>(LanternStore store, StopSearchSelection selection, string columns, Func<StoreRows, T> read) =>
        IdRangeScan.Records(store, "stop_search", selection.Force, selection.From.Index, selection.To.Index, columns, read);

    /// <summary>The first month with searches of a force, or null.</summary>
    public static YearMonth? FirstMonth(LanternStore store, string force) =>
        store.Connection.ExecuteScalar<int?>("SELECT min(month) FROM stop_search WHERE force = @force", new { force }) is { } m ? YearMonth.FromIndex(m) : null;

    /// <summary>The latest month with searches of a force, or null.</summary>
    public static YearMonth? LatestMonth(LanternStore store, string force) =>
        store.Connection.ExecuteScalar<int?>("SELECT max(month) FROM stop_search WHERE force = @force", new { force }) is { } m ? YearMonth.FromIndex(m) : null;

    /// <summary>The forces with stop-and-search data, by slug, at once (<see cref="LanternStore.ForcesIn"/>).</summary>
    public static IReadOnlyList<string> ForceList(LanternStore store) => store.ForcesIn("stop_search");

    private static int Field(long packed, int index) => (int)((packed >> (index * FieldBits)) & ((1 << FieldBits) - 1));

}
