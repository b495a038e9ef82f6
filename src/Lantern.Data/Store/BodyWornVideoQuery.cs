using System.Data;
using Dapper;
using Lantern.Core.StopSearch;

namespace Lantern.Data.Store;

/// <summary>Reads the body-worn video fields of a force's exported searches into a <see cref="BodyWornVideoReport"/>.</summary>
internal static class BodyWornVideoQuery
{
    /// <summary>Counts the force's searches from stop-and-search exports in the months; returns how many data.police.uk rows had no such fields.</summary>
    /// <param name="store">The store.</param>
    /// <param name="selection">Force and months.</param>
    /// <param name="report">Receives each exported search.</param>
    /// <param name="group">The group of a search from its team and position (BNG metres, null when it has none).</param>
    /// <returns>Exported searches counted, and searches from data.police.uk files (no body-worn video field) passed over.</returns>
    public static (long Exported, long Published) Load(LanternStore store, StopSearchSelection selection, BodyWornVideoReport report,
        Func<string?, double?, double?, string?> group)
    {
        var parameters = new { force = selection.Force, from = selection.From.Index, to = selection.To.Index };
        long published = store.Connection.ExecuteScalar<long>(
            "SELECT count(*) FROM stop_search WHERE force = @force AND month BETWEEN @from AND @to AND search_id IS NULL", parameters);
        long exported = 0;
        using IDataReader r = store.Connection.ExecuteReader(
            "SELECT t.text, s.body_worn_video, b.text, s.easting, s.northing FROM stop_search s " +
            "LEFT JOIN label t ON t.id = s.team_label LEFT JOIN label b ON b.id = s.body_worn_video_reason_label " +
            "WHERE s.force = @force AND s.month BETWEEN @from AND @to AND s.search_id IS NOT NULL ORDER BY s.id", parameters);
        while (r.Read())
        {
            exported++;
            string? team = r.IsDBNull(0) ? null : r.GetString(0);
            bool? recorded = r.IsDBNull(1) ? null : Convert.ToBoolean(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            string? reason = r.IsDBNull(2) ? null : r.GetString(2);
            double? e = r.IsDBNull(3) ? null : r.GetDouble(3);
            double? n = r.IsDBNull(4) ? null : r.GetDouble(4);
            report.Add(group(team, e, n), recorded, reason);
        }

        return (exported, published);
    }
}
