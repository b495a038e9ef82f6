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
        const string sql = """
            SELECT force, kind, month, count(*) AS rows, count(*) - count(easting) AS unlocated, NULL AS last_day FROM crime
              WHERE @force IS NULL OR force = @force GROUP BY force, kind, month
            UNION ALL
            SELECT force, 2, month, count(*), count(*) - count(easting), NULL FROM outcome
              WHERE @force IS NULL OR force = @force GROUP BY force, month
            UNION ALL
            SELECT force, 3, month, count(*), count(*) - count(easting), max(substr(searched_at, 1, 10)) FROM stop_search
              WHERE @force IS NULL OR force = @force GROUP BY force, month
            ORDER BY 1, 2, 3
            """;
        var rows = store.Connection.Query<(string Force, int Kind, int Month, long Rows, long Unlocated, string? LastDay)>(sql, new { force });
        var series = new List<CoverageSeries>();
        foreach (var group in rows.GroupBy(r => (r.Force, r.Kind)))
        {
            var months = group.Select(r => new CoverageMonth(YearMonth.FromIndex(r.Month), r.Rows, r.Unlocated,
                r.LastDay is null ? null : DateOnly.ParseExact(r.LastDay, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToList();
            series.Add(new CoverageSeries(group.Key.Force, (SourceKind)group.Key.Kind, months));
        }

        return new Coverage(series);
    }
}
