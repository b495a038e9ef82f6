using System.Data;
using System.Globalization;
using Dapper;
using Lantern.Core.StopSearch;

namespace Lantern.Data.Store;

/// <summary>Reads a force's searches for the veil-of-darkness test: when, where, and the ethnic group on the basis chosen.</summary>
internal static class VeilQuery
{
    /// <summary>The force's searches in the months (UK months, as stored), in store order.</summary>
    /// <param name="store">The store.</param>
    /// <param name="selection">Force and months (powers are not used: the test takes every search).</param>
    /// <param name="basis">Officer- or self-defined ethnicity.</param>
    /// <param name="area">The area index of a point (BNG metres), −1 for none; null puts every search in area 0 (the force).</param>
    public static List<VeilSearch> Load(LanternStore store, StopSearchSelection selection, EthnicityBasis basis, Func<double, double, int>? area)
    {
        string column = basis == EthnicityBasis.OfficerDefined ? "officer_defined_ethnic_group" : "self_defined_ethnic_group";
        var searches = new List<VeilSearch>();
        using IDataReader r = store.Connection.ExecuteReader(
            $"SELECT searched_at, latitude, longitude, easting, northing, {column} FROM stop_search " +
            "WHERE force = @force AND month BETWEEN @from AND @to ORDER BY id",
            new { force = selection.Force, from = selection.From.Index, to = selection.To.Index });
        while (r.Read())
        {
            var at = DateTimeOffset.ParseExact(r.GetString(0), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            double? lat = r.IsDBNull(1) ? null : r.GetDouble(1);
            double? lon = r.IsDBNull(2) ? null : r.GetDouble(2);
            int index = r.IsDBNull(3) || area is null ? 0 : area(r.GetDouble(3), r.GetDouble(4));
            searches.Add(new VeilSearch(at, lat, lon, (EthnicGroup)Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture), index));
        }

        return searches;
    }
}
