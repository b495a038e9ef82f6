namespace Lantern.Core.Geography;

/// <summary>
/// The extent within which a coordinate is accepted as in Great Britain (with its islands and, because
/// data.police.uk publishes the Police Service of Northern Ireland too, Northern Ireland).
/// </summary>
/// <remarks>
/// A generous box, not a coastline: it catches swapped latitude/longitude, zeros and coordinates from another
/// country, which is what goes wrong in real files.
/// </remarks>
public static class GreatBritain
{
    /// <summary>Westmost accepted longitude (west of St Kilda and Fermanagh).</summary>
    public const double MinLongitude = -8.75;

    /// <summary>Eastmost accepted longitude (east of Lowestoft).</summary>
    public const double MaxLongitude = 1.85;

    /// <summary>Southmost accepted latitude (Scilly; the Channel Islands are outside).</summary>
    public const double MinLatitude = 49.85;

    /// <summary>Northmost accepted latitude (north of Shetland).</summary>
    public const double MaxLatitude = 60.95;

    /// <summary>Whether a WGS84 coordinate lies within the accepted extent.</summary>
    /// <param name="longitude">Degrees east.</param>
    /// <param name="latitude">Degrees north.</param>
    /// <returns>True when inside.</returns>
    public static bool Contains(double longitude, double latitude) =>
        longitude >= MinLongitude && longitude <= MaxLongitude && latitude >= MinLatitude && latitude <= MaxLatitude;

    /// <summary>Whether a BNG point lies within the national grid's 700 km × 1,300 km extent.</summary>
    /// <param name="point">The point.</param>
    /// <returns>True when inside.</returns>
    public static bool Contains(BngPoint point) =>
        point.Easting is >= -100_000 and <= 700_000 && point.Northing is >= 0 and <= 1_300_000;
}
