using System.Data;
using System.Globalization;
using System.Runtime.InteropServices;
using Dapper;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Data.Store;

/// <summary>Streams a force's searches from the store into a summary, one row at a time: nothing per search is kept.</summary>
internal static partial class StopSearchQuery
{
    /// <summary>Bits per vocabulary in <see cref="Packed"/>: every vocabulary's values are below 64 (a test checks).</summary>
    internal const int FieldBits = 6;

    // A search's counted fields, packed into one 64-bit integer by the database: one column read per row instead of ten.
    // Reading columns costs more than the database's arithmetic: the Met's 30 months (423,064 searches) read in about
    // 0.3 s this way against about 0.6 s column by column (docs/BENCHMARKS.md). The same text serves both dialects: the
    // multipliers from 2^31 up are bigint literals in PostgreSQL, and the one product below them that can pass 2^31 is cast.
    private const string Packed =
        "legislation + object_of_search * 64 + outcome * 4096 + age_range * 262144 + gender * 16777216 " +
        "+ CAST(self_defined_ethnic_group AS bigint) * 1073741824 + officer_defined_ethnic_group * 68719476736 " +
        "+ (CASE WHEN outcome_linked THEN 2 WHEN NOT outcome_linked THEN 1 ELSE 0 END) * 4398046511104 " +
        "+ (CASE WHEN easting IS NULL THEN 0 ELSE 1 END) * 17592186044416 + (month - @from) * 281474976710656";

    /// <summary>
    /// Counts the selected searches into <paramref name="builder"/>, and gives it each month's first and last UK date
    /// over all the force's records (any power, anywhere), so that missing and partial months are judged on the data,
    /// not on the selection.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="selection">Force, months and powers; optionally a time window, and an operation name that places a search by the force's word.</param>
    /// <param name="builder">The summary being built; its months must cover the selection's.</param>
    /// <param name="inArea">With an area: whether a point (BNG metres) is inside it. Searches without coordinates cannot be placed and are left out.</param>
    public static StopSearchLoad Load(LanternStore store, StopSearchSelection selection, StopSearchSummaryBuilder builder, Func<double, double, bool>? inArea)
    {
        int months = selection.To.Index - selection.From.Index + 1;
        string?[] first = new string?[months], last = new string?[months];
        long read = 0, otherPowers = 0, outside = 0, unplaced = 0, outsideWindow = 0, operationCount = 0, operationElsewhere = 0;
        var same = new Dictionary<long, long>();
        var parameters = new { force = selection.Force, from = selection.From.Index, to = selection.To.Index };
        (long? lo, long? hi) = store.Connection.QuerySingle<(long?, long?)>(
            "SELECT min(id), max(id) FROM stop_search WHERE force = @force AND month BETWEEN @from AND @to", parameters);

        // The labels a named operation may be stored as (the store keeps strings as written; case is ignored here).
        HashSet<long>? operations = selection.Operation is { } op
            ? [.. store.Connection.Query<long>("SELECT id FROM label WHERE lower(text) = @op", new { op = op.Trim().ToLowerInvariant() })]
            : null;
        int operationAt = inArea is null ? 2 : 4;
        string columns = (inArea is null ? string.Empty : ", easting, northing") + (operations is { Count: > 0 } ? ", operation_label" : string.Empty);
        (string Start, string End)? window = selection.Window;
        using (IDataReader r = store.Connection.ExecuteReader(
            $"SELECT {Packed}, searched_at{columns} FROM {store.ByIdRange("stop_search")} " +
            "WHERE id BETWEEN @lo AND @hi AND force = @force AND month BETWEEN @from AND @to",
            new { parameters.force, parameters.from, parameters.to, lo = lo ?? 0, hi = hi ?? -1 }))
        {
            while (r.Read())
            {
                read++;
                long p = r.GetInt64(0);
                int m = (int)(p >> 48);
                string at = r.GetString(1); // ISO-8601 UTC, fixed width: ordinal order is time order
                if (first[m] is null || string.CompareOrdinal(at, first[m]) < 0)
                {
                    first[m] = at;
                }

                if (last[m] is null || string.CompareOrdinal(at, last[m]) > 0)
                {
                    last[m] = at;
                }

                var legislation = (Legislation)Field(p, 0);
                if (selection.Legislation is { } powers && !powers.Contains(legislation))
                {
                    otherPowers++;
                    continue;
                }

                bool byOperation = operations is { Count: > 0 } && !r.IsDBNull(operationAt) && operations.Contains(r.GetInt64(operationAt));
                bool inWindow = window is not { } w || (string.CompareOrdinal(at, w.Start) >= 0 && string.CompareOrdinal(at, w.End) < 0);
                if (!inWindow && !byOperation)
                {
                    outsideWindow++;
                    continue;
                }

                bool hasLocation = ((p >> 44) & 1) == 1;
                bool here = inArea is null || (hasLocation && inArea(r.GetDouble(2), r.GetDouble(3)));
                if (byOperation)
                {
                    // The force says which authorisation the search was under: counted whatever its time and place.
                    operationCount++;
                    operationElsewhere += inWindow && here ? 0 : 1;
                }
                else if (!here)
                {
                    // Only with an area: a search without coordinates cannot be placed in it.
                    if (hasLocation)
                    {
                        outside++;
                    }
                    else
                    {
                        unplaced++;
                    }

                    continue;
                }

                // Searches with the same packed facts (month included) are counted once with their number: some 50,000
                // distinct combinations among the Met's 423,064 searches.
                ref long n = ref CollectionsMarshal.GetValueRefOrAddDefault(same, p, out _);
                n++;
            }
        }

        foreach ((long p, long n) in same)
        {
            int linked = (int)((p >> 42) & 3);
            builder.Add(new SearchFacts(selection.From.Index + (int)(p >> 48), (Legislation)Field(p, 0), (ObjectOfSearch)Field(p, 1), (SearchOutcome)Field(p, 2),
                linked == 0 ? null : linked == 2, (AgeRange)Field(p, 3), (Gender)Field(p, 4), (EthnicGroup)Field(p, 5), (EthnicGroup)Field(p, 6),
                ((p >> 44) & 1) == 1), n);
        }

        for (int m = 0; m < months; m++)
        {
            if (first[m] is { } f && last[m] is { } l)
            {
                builder.AddMonthSpan(selection.From.PlusMonths(m), UkDate(f), UkDate(l));
            }
        }

        return new StopSearchLoad(read, builder.Count, otherPowers, outside, unplaced, outsideWindow, operationCount, operationElsewhere);
    }

    /// <summary>The first month with searches of a force, or null.</summary>
    public static YearMonth? FirstMonth(LanternStore store, string force) =>
        store.Connection.ExecuteScalar<int?>("SELECT min(month) FROM stop_search WHERE force = @force", new { force }) is { } m ? YearMonth.FromIndex(m) : null;

    /// <summary>The latest month with searches of a force, or null.</summary>
    public static YearMonth? LatestMonth(LanternStore store, string force) =>
        store.Connection.ExecuteScalar<int?>("SELECT max(month) FROM stop_search WHERE force = @force", new { force }) is { } m ? YearMonth.FromIndex(m) : null;

    /// <summary>The forces with stop-and-search data, most searches first.</summary>
    public static IReadOnlyList<string> Forces(LanternStore store) =>
        store.Connection.Query<string>("SELECT force FROM stop_search GROUP BY force ORDER BY count(*) DESC").AsList();

    /// <summary>
    /// The forces with stop-and-search data, by slug: a loose index scan (one seek of the (force, month, row key) index per
    /// force), instant where <see cref="Forces"/> counts every row. For the pages' filter forms.
    /// </summary>
    public static IReadOnlyList<string> ForceList(LanternStore store) =>
        store.Connection.Query<string>(
            "WITH RECURSIVE f(force) AS (SELECT min(force) FROM stop_search UNION ALL " +
            "SELECT (SELECT min(s.force) FROM stop_search s WHERE s.force > f.force) FROM f WHERE f.force IS NOT NULL) " +
            "SELECT force FROM f WHERE force IS NOT NULL").AsList();

    private static int Field(long packed, int index) => (int)((packed >> (index * FieldBits)) & ((1 << FieldBits) - 1));

    private static DateOnly UkDate(string utc) =>
        DateOnly.FromDateTime(UkTime.ToLocal(DateTimeOffset.ParseExact(utc, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
}
