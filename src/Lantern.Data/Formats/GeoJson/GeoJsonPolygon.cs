using System.Text;
using System.Text.Json;
using Lantern.Core.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Lantern.Data.Formats.GeoJson;

/// <summary>
/// One area from GeoJSON in whatever shape a person or a drawing tool gives it (a FeatureCollection, a Feature, or a
/// bare Polygon or MultiPolygon, WGS84 or a declared EPSG:27700), as one polygonal geometry in British National Grid;
/// and an area back to GeoJSON (WGS84). A Section 60 locality is read and stored this way.
/// </summary>
internal static class GeoJsonPolygon
{
    /// <summary>Decimal places of longitude and latitude written: 10⁻⁷ degrees is about a centimetre.</summary>
    public const int StoredDecimals = 7;

    /// <summary>Reads the area; several polygons are joined into one (their union).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="fileName">Named in errors.</param>
    /// <returns>The area, or what is wrong with the document.</returns>
    public static GeoJsonPolygonResult Read(ReadOnlyMemory<byte> utf8Json, string fileName)
    {
        string? type;
        string raw;
        try
        {
            using JsonDocument document = JsonDocument.Parse(utf8Json);
            JsonElement root = document.RootElement;
            type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            raw = root.GetRawText();
        }
        catch (JsonException e)
        {
            return GeoJsonPolygonResult.Failure($"{fileName}: not JSON ({e.Message})");
        }

        // The reader takes FeatureCollections: wrap a lone Feature or geometry in one, and read it as a mask (no properties needed).
        string collection = type switch
        {
            "FeatureCollection" => raw,
            "Feature" => "{\"type\":\"FeatureCollection\",\"features\":[" + raw + "]}",
            "Polygon" or "MultiPolygon" => "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + raw + "}]}",
            null => string.Empty,
            _ => string.Empty,
        };
        if (collection.Length == 0)
        {
            return GeoJsonPolygonResult.Failure(type is null
                ? $"{fileName}: not a GeoJSON object with a \"type\""
                : $"{fileName}: a {type} is not an area: give a Polygon, a MultiPolygon, or a Feature or FeatureCollection of them");
        }

        GeoJsonAreaResult read = new GeoJsonAreaReader().ReadMask(Encoding.UTF8.GetBytes(collection), fileName);
        if (!read.IsSuccess)
        {
            return GeoJsonPolygonResult.Failure(string.Join("; ", read.Errors.Select(e => e.ToString())));
        }

        if (read.Features.Count == 0)
        {
            return GeoJsonPolygonResult.Failure($"{fileName}: no polygon in it");
        }

        Geometry area = read.Features.Count == 1 ? read.Features[0].Geometry : UnaryUnionOp.Union(read.Features.Select(f => f.Geometry).ToList());
        if (area is not IPolygonal || area.IsEmpty)
        {
            return GeoJsonPolygonResult.Failure($"{fileName}: its polygons do not make an area");
        }

        area.SRID = BngGeometry.Srid;
        return new GeoJsonPolygonResult(area, null, read.Warnings);
    }

    /// <summary>The area as a GeoJSON MultiPolygon geometry in WGS84, to <see cref="StoredDecimals"/> places.</summary>
    /// <param name="area">A polygon or multipolygon in BNG metres.</param>
    /// <returns>The GeoJSON text.</returns>
    public static string ToGeoJson(Geometry area)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteGeometry(json, new BritishNationalGrid(), area, StoredDecimals);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes an area as a GeoJSON MultiPolygon geometry object in WGS84 (parts that are not polygons are left out).</summary>
    /// <param name="json">The writer, where a value may be written.</param>
    /// <param name="bng">The projection.</param>
    /// <param name="area">A polygon or multipolygon in BNG metres.</param>
    /// <param name="decimals">Decimal places of longitude and latitude.</param>
    public static void WriteGeometry(Utf8JsonWriter json, BritishNationalGrid bng, Geometry area, int decimals)
    {
        json.WriteStartObject();
        json.WriteString("type", "MultiPolygon");
        json.WriteStartArray("coordinates");
        for (int i = 0; i < area.NumGeometries; i++)
        {
            if (area.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }

            json.WriteStartArray();
            WriteRing(json, bng, polygon.ExteriorRing, decimals);
            foreach (LineString hole in polygon.InteriorRings)
            {
                WriteRing(json, bng, hole, decimals);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRing(Utf8JsonWriter json, BritishNationalGrid bng, LineString ring, int decimals)
    {
        json.WriteStartArray();
        foreach (Coordinate c in ring.Coordinates)
        {
            (double lon, double lat) = bng.ToWgs84(new BngPoint(c.X, c.Y));
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(lon, decimals));
            json.WriteNumberValue(Math.Round(lat, decimals));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
