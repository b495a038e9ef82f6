using Lantern.Core.StopSearch;

namespace Lantern.Data.Store;

/// <summary>Reads a force's searches for the veil-of-darkness test: when, where, and the ethnic group on the basis chosen.</summary>
internal static class VeilQuery
{
    /// <summary>The force's searches in the months (UK months, as stored), in id order.</summary>
    /// <param name="store">The store.</param>
    /// <param name="selection">Force and months (powers are not used: the test takes every search).</param>
    /// <param name="basis">Officer- or self-defined ethnicity.</param>
    /// <param name="area">The area index of a point (BNG metres), −1 for none; null puts every search in area 0 (the force).
    /// Called once a place, however many searches share it, from several threads at once.</param>
    public static List<VeilSearch> Load(LanternStore store, StopSearchSelection selection, EthnicityBasis basis, Func<double, double, int>? area)
    {
        string column = basis == EthnicityBasis.OfficerDefined ? "officer_defined_ethnic_group" : "self_defined_ethnic_group";
        List<VeilSearch>[] parts = StopSearchQuery.Scan(store, selection, $"searched_at, latitude, longitude, easting, northing, {column}", r =>
        {
            var part = new List<VeilSearch>();
            var places = new Dictionary<(double, double), int>();
            while (r.Step())
            {
                var at = new DateTimeOffset(StoredTime.ParseUtc(r.Utf8(0)));
                double? lat = r.IsNull(1) ? null : r.Double(1);
                double? lon = r.IsNull(2) ? null : r.Double(2);
                int index = 0;
                if (area is not null && !r.IsNull(3))
                {
                    (double e, double n) = (r.Double(3), r.Double(4));
                    if (!places.TryGetValue((e, n), out index))
                    {
                        index = area(e, n);
                        places.Add((e, n), index);
                    }
                }

                part.Add(new VeilSearch(at, lat, lon, (EthnicGroup)r.Int64(5), index));
            }

            return part;
        });

        var searches = new List<VeilSearch>(parts.Sum(p => p.Count));
        foreach (List<VeilSearch> part in parts)
        {
            searches.AddRange(part);
        }

        return searches;
    }
}
