namespace Lantern.Core.Geography;

/// <summary>
/// Converts between WGS84 longitude/latitude and British National Grid (EPSG:27700) with ProjNET, using the
/// seven-parameter Helmert transformation published with EPSG:27700 (accurate to a few metres; OSTN15 is not
/// applied). data.police.uk coordinates are anonymised snap points, so a few metres do not matter.
/// </summary>
/// <remarks>
/// ProjNET transforms keep per-call state, so an instance is not thread safe: create one per thread. Creation
/// parses the coordinate systems once (about a millisecond).
/// </remarks>
public sealed class BritishNationalGrid
{
    /// <summary>EPSG:27700 as WKT, with the TOWGS84 Helmert parameters.</summary>
    public const string Wkt =
        "PROJCS[\"OSGB 1936 / British National Grid\",GEOGCS[\"OSGB 1936\",DATUM[\"OSGB_1936\"," +
        "SPHEROID[\"Airy 1830\",6377563.396,299.3249646,AUTHORITY[\"EPSG\",\"7001\"]]," +
        "TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],AUTHORITY[\"EPSG\",\"6277\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]," +
        "AUTHORITY[\"EPSG\",\"4277\"]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",49]," +
        "PARAMETER[\"central_meridian\",-2],PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000]," +
        "PARAMETER[\"false_northing\",-100000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST]," +
        "AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"27700\"]]";

    private readonly CrsConverter _converter = new(ProjectedCrs.BritishNationalGrid);

    /// <summary>Projects WGS84 longitude/latitude (degrees) to British National Grid metres.</summary>
    /// <param name="longitude">Degrees east.</param>
    /// <param name="latitude">Degrees north.</param>
    /// <returns>The BNG point.</returns>
    public BngPoint ToBng(double longitude, double latitude) => _converter.ToProjected(longitude, latitude);

    /// <summary>Converts a British National Grid point to WGS84 longitude/latitude (degrees).</summary>
    /// <param name="point">The BNG point.</param>
    /// <returns>Longitude and latitude in degrees.</returns>
    public (double Longitude, double Latitude) ToWgs84(BngPoint point) => _converter.ToWgs84(point);
}
