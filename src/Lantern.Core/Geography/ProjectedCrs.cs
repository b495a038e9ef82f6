using System.Globalization;

namespace Lantern.Core.Geography;

/// <summary>
/// A projected coordinate reference system Lantern can hold a force's coordinates in, named by its EPSG code: British
/// National Grid (the default) or one of a few Transverse Mercator families (UTM on WGS84, NAD83 and ETRS89, Irish
/// Transverse Mercator), so that the forecasting engine works in metres wherever the data comes from. Immutable and
/// thread safe; convert with <see cref="CrsConverter"/>.
/// </summary>
/// <remarks>
/// ProjNET has no EPSG database, and taking one on (proj.db is 9 MB) for five families would be out of proportion: each
/// family is written out by hand from its published EPSG parameters in <see cref="TryCreate"/>, the one table, and any
/// other code is refused with a message naming the families. All of them are Transverse Mercator with metre axes east
/// and north, so a grid aligned to the CRS's origin (<see cref="GridSpec"/>) has square cells on the ground.
/// </remarks>
public sealed class ProjectedCrs
{
    /// <summary>The EPSG code of British National Grid, Lantern's default.</summary>
    public const int BritishNationalGridCode = 27700;

    /// <summary>The families accepted, as the error message lists them.</summary>
    public const string Supported =
        "27700 (British National Grid), 32601-32660 and 32701-32760 (WGS 84 / UTM north and south), 26901-26923 (NAD83 / UTM), " +
        "25828-25838 (ETRS89 / UTM) and 2157 (IRENET95 / Irish Transverse Mercator)";

    // GRS 1980 (EPSG:7019) and WGS 84 (EPSG:7030). NAD83, ETRS89 and IRENET95 are all on GRS 1980 and within a metre or two of
    // WGS 84 at the accuracy police locations have (hundred-block offsets, snap points), so their TOWGS84 is zero, as EPSG's
    // own transformations 1188, 1149 and 3962 give.
    private const string Grs80 = "SPHEROID[\"GRS 1980\",6378137,298.257222101]";
    private const string Wgs84 = "SPHEROID[\"WGS 84\",6378137,298.257223563]";

    private readonly (double MinE, double MaxE, double MinN, double MaxN) _metres;

    // One instance per code, so that callers may compare by reference and the WKT is written once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, ProjectedCrs> s_made = new();

    private ProjectedCrs(int epsg, string name, string wkt, double minLongitude, double maxLongitude, double minLatitude, double maxLatitude,
        (double MinE, double MaxE, double MinN, double MaxN) metres)
    {
        _metres = metres;
        Epsg = epsg;
        Name = name;
        Wkt = wkt;
        MinLongitude = minLongitude;
        MaxLongitude = maxLongitude;
        MinLatitude = minLatitude;
        MaxLatitude = maxLatitude;
    }

    /// <summary>British National Grid (EPSG:27700).</summary>
    public static ProjectedCrs BritishNationalGrid { get; } = new(
        BritishNationalGridCode, "OSGB 1936 / British National Grid", Geography.BritishNationalGrid.Wkt,
        GreatBritain.MinLongitude, GreatBritain.MaxLongitude, GreatBritain.MinLatitude, GreatBritain.MaxLatitude, (-100_000, 700_000, 0, 1_300_000));

    /// <summary>The EPSG code.</summary>
    public int Epsg { get; }

    /// <summary>The EPSG name, e.g. "NAD83 / UTM zone 10N".</summary>
    public string Name { get; }

    /// <summary>The system as OGC WKT, as ProjNET reads it.</summary>
    public string Wkt { get; }

    /// <summary>Whether this is British National Grid, where boundaries, LSOAs and everything else UK-only apply.</summary>
    public bool IsBritishNationalGrid => Epsg == BritishNationalGridCode;

    /// <summary>Westmost longitude a coordinate in this system is accepted at (degrees).</summary>
    public double MinLongitude { get; }

    /// <summary>Eastmost accepted longitude (degrees).</summary>
    public double MaxLongitude { get; }

    /// <summary>Southmost accepted latitude (degrees).</summary>
    public double MinLatitude { get; }

    /// <summary>Northmost accepted latitude (degrees).</summary>
    public double MaxLatitude { get; }

    /// <summary>
    /// Whether a WGS84 position lies where this system is meant to be used: Great Britain's box for BNG, the zone and
    /// 3° either side for UTM (data near a zone edge is often kept in the neighbouring zone), Ireland for ITM. Catches
    /// zeros, swapped axes and a wrong EPSG code, which is what goes wrong in real files.
    /// </summary>
    /// <param name="longitude">Degrees east.</param>
    /// <param name="latitude">Degrees north.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(double longitude, double latitude) =>
        longitude >= MinLongitude && longitude <= MaxLongitude && latitude >= MinLatitude && latitude <= MaxLatitude;

    /// <summary>
    /// Whether a projected point lies where this system is meant for use: inside the system's box of metres (British National
    /// Grid's 700 km × 1,300 km; UTM eastings 100-900 km) and, by inverse projection, inside <see cref="Contains(double, double)"/>.
    /// </summary>
    /// <param name="point">Metres east and north in this system.</param>
    /// <param name="converter">A converter for this system.</param>
    /// <returns>True when inside.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    public bool Contains(BngPoint point, CrsConverter converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        if (point.Easting < _metres.MinE || point.Easting > _metres.MaxE || point.Northing < _metres.MinN || point.Northing > _metres.MaxN)
        {
            return false;
        }

        (double lon, double lat) = converter.ToWgs84(point);
        return double.IsFinite(lon) && double.IsFinite(lat) && Contains(lon, lat);
    }

    /// <summary>The system of an EPSG code, or null with the reason when Lantern does not support it.</summary>
    /// <param name="epsg">The EPSG code.</param>
    /// <param name="error">Why the code is refused; null on success.</param>
    /// <returns>The system, or null.</returns>
    public static ProjectedCrs? TryCreate(int epsg, out string? error)
    {
        error = null;
        if (s_made.TryGetValue(epsg, out ProjectedCrs? made))
        {
            return made;
        }

        made = Make(epsg, out error);
        return made is null ? null : s_made.GetOrAdd(epsg, made);
    }

    private static ProjectedCrs? Make(int epsg, out string? error)
    {
        error = null;
        switch (epsg)
        {
            case BritishNationalGridCode:
                return BritishNationalGrid;
            case >= 32601 and <= 32660:
                return Utm(epsg, "WGS 84", "WGS_1984", Wgs84, epsg - 32600, north: true);
            case >= 32701 and <= 32760:
                return Utm(epsg, "WGS 84", "WGS_1984", Wgs84, epsg - 32700, north: false);
            case >= 26901 and <= 26923:
                return Utm(epsg, "NAD83", "North_American_Datum_1983", Grs80, epsg - 26900, north: true);
            case >= 25828 and <= 25838:
                return Utm(epsg, "ETRS89", "European_Terrestrial_Reference_System_1989", Grs80, epsg - 25800, north: true);
            case 2157:
                // EPSG:2157 IRENET95 / Irish Transverse Mercator, the Police Service of Northern Ireland's grid alongside the Irish Grid.
                return new ProjectedCrs(epsg, "IRENET95 / Irish Transverse Mercator",
                    TransverseMercator("IRENET95 / Irish Transverse Mercator", "IRENET95", "IRENET95", Grs80, 53.5, -8, 0.99982, 600000, 750000),
                    -11, -5, 51, 56, (300_000, 900_000, 400_000, 1_100_000));
            default:
                error = string.Create(CultureInfo.InvariantCulture,
                    $"EPSG:{epsg} is not a coordinate system Lantern supports: use one of {Supported}");
                return null;
        }
    }

    /// <summary>The system of an EPSG code.</summary>
    /// <param name="epsg">The EPSG code.</param>
    /// <returns>The system.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not supported (the message lists what is).</exception>
    public static ProjectedCrs FromEpsg(int epsg) =>
        TryCreate(epsg, out string? error) ?? throw new ArgumentOutOfRangeException(nameof(epsg), epsg, error);

    /// <summary>"EPSG:26910 (NAD83 / UTM zone 10N)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"EPSG:{Epsg} ({Name})");

    // UTM: latitude of origin 0, central meridian 6° × zone − 183°, scale 0.9996, false easting 500 km, false northing 0 north
    // of the equator and 10,000 km south of it (EPSG method 9807 with the UTM parameters).
    private static ProjectedCrs Utm(int epsg, string datumName, string datumWkt, string spheroid, int zone, bool north)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"{datumName} / UTM zone {zone}{(north ? 'N' : 'S')}");
        double centralMeridian = (6 * zone) - 183;
        string wkt = TransverseMercator(name, datumName, datumWkt, spheroid, 0, centralMeridian, 0.9996, 500000, north ? 0 : 10000000);
        // Eastings beyond 100-900 km are more than about 5° from the central meridian even at the equator: degrees typed into
        // metre columns land there.
        return new ProjectedCrs(epsg, name, wkt, Math.Max(-180, centralMeridian - 6), Math.Min(180, centralMeridian + 6),
            north ? -1 : -80, north ? 84 : 1, (100_000, 900_000, north ? -200_000 : 1_000_000, north ? 9_400_000 : 10_200_000));
    }

    private static string TransverseMercator(string name, string geogName, string datum, string spheroid, double latitudeOfOrigin,
        double centralMeridian, double scale, double falseEasting, double falseNorthing)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        return $"PROJCS[\"{name}\",GEOGCS[\"{geogName}\",DATUM[\"{datum}\",{spheroid},TOWGS84[0,0,0,0,0,0,0]]," +
            "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"]," +
            string.Create(c, $"PARAMETER[\"latitude_of_origin\",{latitudeOfOrigin}],PARAMETER[\"central_meridian\",{centralMeridian}],") +
            string.Create(c, $"PARAMETER[\"scale_factor\",{scale}],PARAMETER[\"false_easting\",{falseEasting}],") +
            string.Create(c, $"PARAMETER[\"false_northing\",{falseNorthing}],UNIT[\"metre\",1],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]]");
    }
}
