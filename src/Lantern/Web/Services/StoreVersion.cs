using Dapper;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// A fingerprint of what a tasking list depends on in the store: imported files (whose ids only grow: every import that
/// changes crimes adds one), boundaries (how many, and when one was last added or redrawn: a re-import that redraws an
/// area keeps its id), place adjustments and how many of those were withdrawn.
/// </summary>
internal readonly record struct StoreVersion(long Imports, long Areas, string AreasChangedAt, long Adjustments, long Withdrawals)
{
    /// <summary>The query: every part from an index or a small table, since it runs on every tasking request.</summary>
    internal const string Sql =
        "SELECT (SELECT coalesce(max(id), 0) FROM source_file) AS Imports, (SELECT count(*) FROM area) AS Areas, " +
        "(SELECT coalesce(max(imported_at), '') FROM area) AS AreasChangedAt, " +
        "(SELECT coalesce(max(id), 0) FROM place_adjustment) AS Adjustments, " +
        "(SELECT count(*) FROM place_adjustment WHERE withdrawn_at IS NOT NULL) AS Withdrawals";

    public static StoreVersion Read(LanternStore store) => store.Connection.QuerySingle<StoreVersion>(Sql);
}
