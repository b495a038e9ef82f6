using System.Text.Json;
using Lantern.Core.Hotspots;
using Lantern.Core.Tasking;
using Lantern.Data.Formats.Exports;

namespace Lantern.Data.Tests.Exports;

public class GeoJsonWriterTests
{
    [Fact]
    public async Task HotspotWriteAsync_Analysis_WritesRfc7946Polygons()
    {
        HotspotResult result = ExportFixtures.Hotspots();
        using var stream = new MemoryStream();

        await HotspotGeoJsonWriter.WriteAsync(result, stream, null, null, CancellationToken.None);

        using JsonDocument doc = JsonDocument.Parse(stream.ToArray());
        JsonElement root = doc.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.Equal("hotspots", root.GetProperty("lantern").GetProperty("kind").GetString());
        Assert.True(root.GetProperty("lantern").GetProperty("automatic_choices").GetArrayLength() > 0);
        JsonElement[] features = [.. root.GetProperty("features").EnumerateArray()];
        Assert.True(features.Length >= result.Counts.OccupiedCount);
        foreach (JsonElement f in features)
        {
            AssertCellPolygon(f.GetProperty("geometry"));
        }

        JsonElement top = features[0].GetProperty("properties");
        Assert.Equal(1, top.GetProperty("harm_rank").GetInt32());
        Assert.Equal(result.Counts.Grid.CellName(result.Counts.Cells[result.RankOrder[0]]), top.GetProperty("cell_id").GetString());
    }

    [Fact]
    public async Task TaskingWriteAsync_List_WritesPlacesPlanAndRecord()
    {
        TaskingList list = ExportFixtures.Tasking();
        using var stream = new MemoryStream();

        await TaskingGeoJsonWriter.WriteAsync(list, stream, null, null, CancellationToken.None);

        using JsonDocument doc = JsonDocument.Parse(stream.ToArray());
        JsonElement meta = doc.RootElement.GetProperty("lantern");
        Assert.Equal("2025-01-15", meta.GetProperty("date").GetString());
        Assert.Equal(5, meta.GetProperty("seed").GetInt64());
        Assert.True(meta.GetProperty("adjustments")[0].GetProperty("applied").GetBoolean());
        JsonElement[] features = [.. doc.RootElement.GetProperty("features").EnumerateArray()];
        Assert.Equal(list.Places.Count, features.Length);
        foreach (JsonElement f in features)
        {
            AssertCellPolygon(f.GetProperty("geometry"));
            Assert.False(string.IsNullOrEmpty(f.GetProperty("properties").GetProperty("reason").GetString()));
        }

        Assert.Equal("added by analyst", features[^1].GetProperty("properties").GetProperty("source").GetString());
    }

    [Fact]
    public async Task WriteAsync_OfARecordedRun_CarriesItsForceRunDataAndChoices_AndTheBoundariesCredit()
    {
        // A file passed on is still the record of its list: the force, the run, the data used and the run's own choices
        // (its study area and seed) were missing, and so was the credit the boundaries ask for where their codes are written.
        var record = new ExportRecord("gwent", 42, "street 2024-07..2024-11", ["StudyArea = 367×317 cells", "seed: 5 (derived from force and date)"], "W01001680");
        var areas = new AreaCodes([("lsoa", _ => "W01001680")]);
        using var tasking = new MemoryStream();
        using var hotspots = new MemoryStream();

        await TaskingGeoJsonWriter.WriteAsync(ExportFixtures.Tasking(), tasking, areas, record, CancellationToken.None);
        await HotspotGeoJsonWriter.WriteAsync(ExportFixtures.Hotspots(), hotspots, null, record, CancellationToken.None);

        foreach (MemoryStream written in new[] { tasking, hotspots })
        {
            using JsonDocument doc = JsonDocument.Parse(written.ToArray());
            JsonElement meta = doc.RootElement.GetProperty("lantern");
            Assert.Equal(("gwent", 42, "street 2024-07..2024-11", "W01001680"),
                (meta.GetProperty("force").GetString(), meta.GetProperty("run").GetInt64(), meta.GetProperty("data").GetString(), meta.GetProperty("area").GetString()));
            Assert.Equal(record.Choices, meta.GetProperty("run_choices").EnumerateArray().Select(c => c.GetString()));
        }

        using JsonDocument t = JsonDocument.Parse(tasking.ToArray());
        using JsonDocument h = JsonDocument.Parse(hotspots.ToArray());
        Assert.Contains("Contains OS data", t.RootElement.GetProperty("lantern").GetProperty("attribution").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Contains OS data", h.RootElement.GetProperty("lantern").GetProperty("attribution").GetString(), StringComparison.Ordinal);
        Assert.True(h.RootElement.GetProperty("lantern").TryGetProperty("from", out _)); // the months and types it covered
        Assert.Equal(JsonValueKind.Array, h.RootElement.GetProperty("lantern").GetProperty("types").ValueKind);
    }

    // A closed ring of five WGS84 positions near Newport, anticlockwise (positive shoelace area), about 150 m a side.
    private static void AssertCellPolygon(JsonElement geometry)
    {
        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        JsonElement ring = geometry.GetProperty("coordinates")[0];
        Assert.Equal(5, ring.GetArrayLength());
        Assert.Equal(ring[0].GetRawText(), ring[4].GetRawText());
        double area = 0;
        for (int i = 0; i < 4; i++)
        {
            double x0 = ring[i][0].GetDouble(), y0 = ring[i][1].GetDouble();
            double x1 = ring[i + 1][0].GetDouble(), y1 = ring[i + 1][1].GetDouble();
            Assert.InRange(x0, -3.3, -2.8);
            Assert.InRange(y0, 51.4, 51.8);
            area += (x0 * y1) - (x1 * y0);
        }

        Assert.True(area > 0, "the exterior ring must be anticlockwise (RFC 7946 §3.1.6)");
        double width = ring[1][0].GetDouble() - ring[0][0].GetDouble();
        Assert.InRange(width, 0.0019, 0.0024); // 150 m of longitude at 51.6° N is about 0.00217°
    }
}
