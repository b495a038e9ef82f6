using System.Text.Json;
using Lantern.Core.Geography;

namespace Lantern.Data.Formats.Exports;

/// <summary>
/// WGS84 positions of a grid cell for exports: its centre, and its outline as an RFC 7946 polygon, by inverse projection
/// from the grid's own system (<see cref="GridSpec.Crs"/>). Not thread safe (it holds a <see cref="CrsConverter"/>): one
/// per export.
/// </summary>
internal sealed class CellGeometry(GridSpec grid)
{
    // RFC 7946 §11.2: six decimal places of a degree are about 10 cm, finer than any cell edge needs.
    private const int Decimals = 6;

    private readonly CrsConverter _crs = new(grid.Crs);

    public GridSpec Grid { get; } = grid;

    /// <summary>Longitude and latitude of the cell centre, degrees, rounded to six places.</summary>
    public (double Longitude, double Latitude) Centre(CellId cell)
    {
        (double lon, double lat) = _crs.ToWgs84(Grid.Centre(cell));
        return (Math.Round(lon, Decimals), Math.Round(lat, Decimals));
    }

    /// <summary>
    /// The cell's corners, anticlockwise from the south-west, as (longitude, latitude) rounded to six places: each corner
    /// projected on its own (a straight projected edge is nearly straight in WGS84 at cell sizes).
    /// </summary>
    public (double Longitude, double Latitude)[] Corners(CellId cell)
    {
        BngPoint sw = Grid.SouthWest(cell);
        double size = Grid.CellSize;
        return [Corner(sw.Easting, sw.Northing), Corner(sw.Easting + size, sw.Northing), Corner(sw.Easting + size, sw.Northing + size),
            Corner(sw.Easting, sw.Northing + size)];
    }

    /// <summary>
    /// Writes a "geometry" member: the cell's outline as a Polygon, exterior ring anticlockwise and closed as RFC 7946
    /// §3.1.6 asks.
    /// </summary>
    public void WritePolygon(Utf8JsonWriter json, CellId cell)
    {
        var corners = Corners(cell);
        json.WritePropertyName("geometry");
        json.WriteStartObject();
        json.WriteString("type", "Polygon");
        json.WritePropertyName("coordinates");
        json.WriteStartArray();
        json.WriteStartArray();
        foreach ((double lon, double lat) in corners.Append(corners[0]))
        {
            json.WriteStartArray();
            json.WriteNumberValue(lon);
            json.WriteNumberValue(lat);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private (double Longitude, double Latitude) Corner(double easting, double northing)
    {
        (double lon, double lat) = _crs.ToWgs84(new BngPoint(easting, northing));
        return (Math.Round(lon, Decimals), Math.Round(lat, Decimals));
    }
}
