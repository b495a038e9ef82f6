using System.Text.Json;
using Lantern.Core.Geography;

namespace Lantern.Data.Formats.Exports;

/// <summary>
/// WGS84 positions of a grid cell for exports: its centre, and its outline as an RFC 7946 polygon. Not thread safe
/// (it holds a <see cref="BritishNationalGrid"/>): one per export.
/// </summary>
internal sealed class CellGeometry(GridSpec grid)
{
    // RFC 7946 §11.2: six decimal places of a degree are about 10 cm, finer than any cell edge needs.
    private const int Decimals = 6;

    private readonly BritishNationalGrid _bng = new();

    public GridSpec Grid { get; } = grid;

    /// <summary>Longitude and latitude of the cell centre, degrees, rounded to six places.</summary>
    public (double Longitude, double Latitude) Centre(CellId cell)
    {
        (double lon, double lat) = _bng.ToWgs84(Grid.Centre(cell));
        return (Math.Round(lon, Decimals), Math.Round(lat, Decimals));
    }

    /// <summary>
    /// Writes a "geometry" member: the cell's outline as a Polygon, corners projected one by one (a straight BNG edge is
    /// nearly straight in WGS84 at 150 m), exterior ring anticlockwise as RFC 7946 §3.1.6 asks.
    /// </summary>
    public void WritePolygon(Utf8JsonWriter json, CellId cell)
    {
        BngPoint sw = Grid.SouthWest(cell);
        double size = Grid.CellSize;
        json.WritePropertyName("geometry");
        json.WriteStartObject();
        json.WriteString("type", "Polygon");
        json.WritePropertyName("coordinates");
        json.WriteStartArray();
        json.WriteStartArray();
        WriteCorner(json, sw.Easting, sw.Northing);
        WriteCorner(json, sw.Easting + size, sw.Northing);
        WriteCorner(json, sw.Easting + size, sw.Northing + size);
        WriteCorner(json, sw.Easting, sw.Northing + size);
        WriteCorner(json, sw.Easting, sw.Northing);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteCorner(Utf8JsonWriter json, double easting, double northing)
    {
        (double lon, double lat) = _bng.ToWgs84(new BngPoint(easting, northing));
        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(lon, Decimals));
        json.WriteNumberValue(Math.Round(lat, Decimals));
        json.WriteEndArray();
    }
}
