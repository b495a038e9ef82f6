using System.Text.Json;
using Lantern.Core.Geography;
using Lantern.Data.Store;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Lantern.Web.Services;

/// <summary>
/// Boundaries as WGS84 GeoJSON for the map's base layer. Outlines are simplified to 10 m first (topology kept): at map
/// scale nobody sees the difference, and a borough layer shrinks from megabytes to a few hundred kilobytes.
/// </summary>
internal static class AreaGeoJson
{
    private const double ToleranceMetres = 10;

    public static byte[] Write(IReadOnlyList<StoredArea> areas)
    {
        var bng = new BritishNationalGrid();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (StoredArea area in areas)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString("code", area.Code);
                json.WriteString("name", area.Name);
                json.WriteString("level", area.Level);
                json.WriteEndObject();
                json.WriteStartObject("geometry");
                json.WriteString("type", "MultiPolygon");
                json.WriteStartArray("coordinates");
                Geometry simple = TopologyPreservingSimplifier.Simplify(area.Geometry, ToleranceMetres);
                for (int i = 0; i < simple.NumGeometries; i++)
                {
                    if (simple.GetGeometryN(i) is not Polygon polygon)
                    {
                        continue;
                    }

                    json.WriteStartArray();
                    WriteRing(json, bng, polygon.ExteriorRing);
                    foreach (LineString hole in polygon.InteriorRings)
                    {
                        WriteRing(json, bng, hole);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteRing(Utf8JsonWriter json, BritishNationalGrid bng, LineString ring)
    {
        json.WriteStartArray();
        foreach (Coordinate c in ring.Coordinates)
        {
            (double lon, double lat) = bng.ToWgs84(new BngPoint(c.X, c.Y));
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(lon, 5));
            json.WriteNumberValue(Math.Round(lat, 5));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
