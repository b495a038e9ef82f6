using System.Globalization;
using Dapper;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Store;

/// <summary>Which force × kind × month the store holds, and which months are missing between the first and last.</summary>
internal sealed record Coverage(IReadOnlyList<CoverageSeries> Series)
{
    /// <summary>Reads the coverage of the store, optionally for one force.</summary>
    public static Coverage Read(LanternStore store, string? force = null)
    {
        IEnumerable<(string Force, int Kind, int Month, long Rows, long Unlocated, string? LastDay)> rows = store is SqliteStore
            ? Scanned(store, force)
            : store.Connection.Query<(string, int, int, long, long, string?)>("""
                SELECT force, kind, month, count(*) AS rows, count(*) - count(easting) AS unlocated, NULL AS last_day FROM crime
                  WHERE @force IS NULL OR force = @force GROUP BY force, kind, month
                UNION ALL
                SELECT force, 2, month, count(*), count(*) - count(easting), NULL FROM outcome
                  WHERE @force IS NULL OR force = @force GROUP BY force, month
                UNION ALL
                SELECT force, 3, month, count(*), count(*) - count(easting), max(substr(searched_at, 1, 10)) FROM stop_search
                  WHERE @force IS NULL OR force = @force GROUP BY force, month
                ORDER BY 1, 2, 3
                """, new { force });
        var series = new List<CoverageSeries>();
        foreach (var group in rows.GroupBy(r => (r.Force, r.Kind)))
        {
            var months = group.Select(r => new CoverageMonth(YearMonth.FromIndex(r.Month), r.Rows, r.Unlocated,
                r.LastDay is null ? null : DateOnly.ParseExact(r.LastDay, "yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
            series.Add(new CoverageSeries(group.Key.Force, (SourceKind)group.Key.Kind, months));
        }

        return new Coverage(series);
    }

    /// <summary>
    /// The same figures on SQLite, counted here from one pass over each table in storage order. SQLite has no hash
    /// aggregate: grouped by force and month it walked the row-key index and fetched each row from the table out of
    /// order (4.5 s for two million crimes), and grouped otherwise it sorted every row (1.5 s); counted here, 0.4 s.
    /// </summary>
    private static List<(string Force, int Kind, int Month, long Rows, long Unlocated, string? LastDay)> Scanned(LanternStore store, string? force)
    {
        var counts = new Dictionary<(string Force, int Kind, int Month), (long Rows, long Unlocated, string? LastDay)>();
        string where = force is null ? string.Empty : " WHERE force = @force";
        (string, object)[] parameters = force is null ? [] : [("force", force)];
        // Each table's kind column (crimes hold two kinds), and whether it has a day (searches: the last, for partial months).
        foreach ((string table, string kind, bool searches) in (ReadOnlySpan<(string, string, bool)>)[
            ("crime", "kind", false), ("outcome", $"{(int)SourceKind.Outcomes}", false), ("stop_search", $"{(int)SourceKind.StopAndSearch}", true)])
        {
            using StoreRows rows = StoreRows.Open(store,
                $"SELECT force, {kind}, month, easting IS NULL{(searches ? ", substr(searched_at, 1, 10)" : string.Empty)} FROM {table}{where}", parameters);
            // Rows come a file at a time, so mostly in long runs of one force, kind and month: a run is counted here and
            // added to its group when it ends, and the force's text is decoded only when it changes.
            string runForce = string.Empty;
            byte[] runForceBytes = [];
            (int Kind, int Month) run = (-1, -1);
            (long Rows, long Unlocated, string? LastDay) tally = default;
            void Flush()
            {
                if (tally.Rows == 0)
                {
                    return;
                }

                var key = (runForce, run.Kind, run.Month);
                counts.TryGetValue(key, out var c);
                counts[key] = (c.Rows + tally.Rows, c.Unlocated + tally.Unlocated, Later(c.LastDay, tally.LastDay));
                tally = default;
            }

            while (rows.Step())
            {
                ReadOnlySpan<byte> name = rows.Utf8(0);
                (int Kind, int Month) at = ((int)rows.Int64(1), (int)rows.Int64(2));
                if (at != run || !name.SequenceEqual(runForceBytes))
                {
                    Flush();
                    run = at;
                    if (!name.SequenceEqual(runForceBytes))
                    {
                        runForceBytes = name.ToArray();
                        runForce = rows.Text(0);
                    }
                }

                tally.Rows++;
                tally.Unlocated += rows.Int64(3);
                if (searches)
                {
                    tally.LastDay = Later(tally.LastDay, rows.Text(4));
                }
            }

            Flush();
        }

        return [.. counts.OrderBy(kv => kv.Key.Force, StringComparer.Ordinal).ThenBy(kv => kv.Key.Kind).ThenBy(kv => kv.Key.Month)
            .Select(kv => (kv.Key.Force, kv.Key.Kind, kv.Key.Month, kv.Value.Rows, kv.Value.Unlocated, kv.Value.LastDay))];
    }

    private static string? Later(string? a, string? b) => a is null ? b : b is null || string.CompareOrdinal(a, b) >= 0 ? a : b;
}
