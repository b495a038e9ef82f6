using Dapper;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// A fingerprint of what a tasking list depends on in the store: imported files (whose ids only grow: every import that
/// changes crimes adds one), boundaries (the last one's id, since areas are never deleted, and when one was last added or
/// redrawn: a re-import that redraws an area keeps its id), place adjustments and how many of those were withdrawn.
/// </summary>
internal readonly record struct StoreVersion(long Imports, long Areas, string AreasChangedAt, long Adjustments, long Withdrawals)
{
    /// <summary>
    /// The query: every part from an index seek or a small table, since it runs on every tasking request (a count of the
    /// areas was a scan on PostgreSQL, growing with the areas: 0.5-1.6 ms a request for London's 6,000 against 0.2-0.4 ms).
    /// </summary>
    internal const string Sql =
        "SELECT (SELECT coalesce(max(id), 0) FROM source_file) AS Imports, (SELECT coalesce(max(id), 0) FROM area) AS Areas, " +
        "(SELECT coalesce(max(imported_at), '') FROM area) AS AreasChangedAt, " +
        "(SELECT coalesce(max(id), 0) FROM place_adjustment) AS Adjustments, " +
        "(SELECT count(*) FROM place_adjustment WHERE withdrawn_at IS NOT NULL) AS Withdrawals";

    public static StoreVersion Read(LanternStore store) => store.Connection.QuerySingle<StoreVersion>(Sql);
}
