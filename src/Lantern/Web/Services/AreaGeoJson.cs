using System.Text.Json;
using Lantern.Core.Geography;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Store;
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
                json.WritePropertyName("geometry");
                GeoJsonPolygon.WriteGeometry(json, bng, TopologyPreservingSimplifier.Simplify(area.Geometry, ToleranceMetres), 5);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
