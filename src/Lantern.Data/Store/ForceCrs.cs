using Dapper;
using Lantern.Core.Geography;

namespace Lantern.Data.Store;

/// <summary>
/// The projected system each force's places are held in (table <c>force_crs</c>, migration 0007): British National Grid
/// unless the force's records came in another (Vancouver's EPSG:26910). The first file that brings a force sets it; the
/// import rejects rows of the force in any other system.
/// </summary>
internal static class ForceCrs
{
    /// <summary>The system of a force's easting and northing; British National Grid for a force the store does not know.</summary>
    public static ProjectedCrs Of(LanternStore store, string force)
    {
        int? epsg = store.Connection.ExecuteScalar<int?>("SELECT epsg FROM force_crs WHERE force = @force", new { force });
        return ProjectedCrs.FromEpsg(epsg ?? ProjectedCrs.BritishNationalGridCode);
    }
}
