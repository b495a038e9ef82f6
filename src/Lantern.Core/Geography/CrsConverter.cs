using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Lantern.Core.Geography;

/// <summary>
/// Converts between WGS84 longitude/latitude and one <see cref="ProjectedCrs"/> with ProjNET. Points are
/// <see cref="BngPoint"/>s: in a force held in another system they are that system's metres east and north.
/// </summary>
/// <remarks>
/// ProjNET transforms keep per-call state, so an instance is not thread safe: create one per thread (creation parses the
/// system once, about a millisecond).
/// </remarks>
public sealed class CrsConverter
{
    private readonly MathTransform _toProjected;
    private readonly MathTransform _toWgs84;

    /// <summary>Creates a converter for <paramref name="crs"/>.</summary>
    /// <param name="crs">The projected system.</param>
    /// <exception cref="ArgumentNullException"><paramref name="crs"/> is null.</exception>
    public CrsConverter(ProjectedCrs crs)
    {
        ArgumentNullException.ThrowIfNull(crs);
        Crs = crs;
        var projected = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(crs.Wkt);
        var transforms = new CoordinateTransformationFactory();
        _toProjected = transforms.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, projected).MathTransform;
        _toWgs84 = transforms.CreateFromCoordinateSystems(projected, GeographicCoordinateSystem.WGS84).MathTransform;
    }

    /// <summary>The system converted to and from.</summary>
    public ProjectedCrs Crs { get; }

    /// <summary>Projects WGS84 longitude/latitude (degrees) to the system's metres.</summary>
    /// <param name="longitude">Degrees east.</param>
    /// <param name="latitude">Degrees north.</param>
    /// <returns>The projected point.</returns>
    public BngPoint ToProjected(double longitude, double latitude)
    {
        (double x, double y) = _toProjected.Transform(longitude, latitude);
        return new BngPoint(x, y);
    }

    /// <summary>Converts a projected point to WGS84 longitude/latitude (degrees), by inverse projection.</summary>
    /// <param name="point">Metres east and north in the system.</param>
    /// <returns>Longitude and latitude in degrees.</returns>
    public (double Longitude, double Latitude) ToWgs84(BngPoint point) => _toWgs84.Transform(point.Easting, point.Northing);
}
