using Dapper;

namespace Lantern.Data.Store;

/// <summary>A rejected row as kept in the store.</summary>
internal sealed record RejectRow(string File, long Line, string Field, string Reason, string Raw)
{
    /// <summary>Rejected rows, optionally of files whose name contains <paramref name="fileFilter"/>, in file and line order.</summary>
    public static IReadOnlyList<RejectRow> Read(LanternStore store, string? fileFilter, int limit)
    {
        return store.Connection.Query<RejectRow>(
            $"""
            SELECT f.name AS File, r.line AS Line, r.field AS Field, r.reason AS Reason, r.raw AS Raw
            FROM reject r JOIN source_file f ON f.id = r.source_file_id
            WHERE {FileMatches(store)}
            ORDER BY f.name, r.line LIMIT @limit
            """,
            new { filter = fileFilter, limit }).AsList();
    }

    public static long Count(LanternStore store, string? fileFilter) =>
        store.Connection.ExecuteScalar<long>(
            $"SELECT count(*) FROM reject r JOIN source_file f ON f.id = r.source_file_id WHERE {FileMatches(store)}",
            new { filter = fileFilter });

    private static string FileMatches(LanternStore store) => $"@filter IS NULL OR {store.PositionFunction}(f.name, @filter) > 0";
}
