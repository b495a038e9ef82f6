using System.Globalization;

namespace Lantern.Core.Geography;

/// <summary>A point in British National Grid (EPSG:27700), in metres.</summary>
/// <param name="Easting">Metres east of the national grid false origin.</param>
/// <param name="Northing">Metres north of the national grid false origin.</param>
public readonly record struct BngPoint(double Easting, double Northing)
{
    /// <summary>Euclidean distance in metres.</summary>
    /// <param name="other">The other point.</param>
    /// <returns>The distance in metres.</returns>
    public double DistanceTo(BngPoint other)
    {
        double dx = Easting - other.Easting;
        double dy = Northing - other.Northing;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>The point as "E N" with one decimal place.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Easting:F1} {Northing:F1}");
}
