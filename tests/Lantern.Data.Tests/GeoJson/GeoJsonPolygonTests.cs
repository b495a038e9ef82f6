using System.Text;
using Lantern.Data.Formats.GeoJson;
using NetTopologySuite.Geometries;

namespace Lantern.Data.Tests.GeoJson;

public sealed class GeoJsonPolygonTests
{
    // Two 0.01° squares side by side near Leicester, each about 680 m × 1,110 m, touching along longitude −1.12.
    private const string West = "[[-1.13,52.63],[-1.12,52.63],[-1.12,52.64],[-1.13,52.64],[-1.13,52.63]]";
    private const string East = "[[-1.12,52.63],[-1.11,52.63],[-1.11,52.64],[-1.12,52.64],[-1.12,52.63]]";

    private static GeoJsonPolygonResult Read(string json) => GeoJsonPolygon.Read(Encoding.UTF8.GetBytes(json), "area.geojson");

    [Theory]
    [InlineData($$$"""{"type":"Polygon","coordinates":[{{{West}}}]}""")] // a bare geometry, as a drawing tool gives it
    [InlineData($$$"""{"type":"Feature","properties":null,"geometry":{"type":"Polygon","coordinates":[{{{West}}}]}}""")] // one feature
    [InlineData($$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[{{{West}}}]]}}]}""")] // a GIS export
    public void Read_AnyShapeOfOneSquare_TheSameArea(string json)
    {
        GeoJsonPolygonResult r = Read(json);
        Assert.Null(r.Error);
        Assert.Equal(27700, r.Area!.SRID);
        Assert.InRange(r.Area.Area, 740_000, 780_000); // 0.01° of longitude × 0.01° of latitude at 52.6°N, in square metres
    }

    [Fact]
    public void Read_TwoFeatures_JoinedIntoOneArea()
    {
        GeoJsonPolygonResult r = Read($$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[{{{West}}}]}},
              {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[{{{East}}}]}}]}
            """);
        Assert.Null(r.Error);
        Assert.IsType<Polygon>(r.Area); // the shared edge dissolves
        Assert.InRange(r.Area!.Area, 1_480_000, 1_560_000);
    }

    [Theory]
    [InlineData("""{"type":"LineString","coordinates":[[-1.13,52.63],[-1.12,52.63]]}""", "area.geojson: a LineString is not an area")] // a route, not a place
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "area.geojson: no polygon in it")] // nothing drawn
    [InlineData("""{"coordinates":[]}""", "area.geojson: not a GeoJSON object with a \"type\"")] // no type
    [InlineData("not json", "area.geojson: not JSON")] // not even JSON
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.13,52.63],[-1.12,52.63],[-1.12,52.64],[-1.13,52.64]]]}""",
        "area.geojson: feature 0, field 'geometry.coordinates[0]': the ring is not closed")] // a ring left open: the reader's own message
    [InlineData("""{"type":"Polygon","coordinates":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]}""", "area.geojson: feature 0, field 'geometry.coordinates[0][0]'")] // Paris
    public void Read_NotAnArea_SaysWhy(string json, string error) => Assert.StartsWith(error, Read(json).Error, StringComparison.Ordinal);

    [Fact]
    public void ToGeoJson_ReadBack_SameAreaToTheCentimetre()
    {
        Geometry area = Read($$$"""{"type":"Polygon","coordinates":[{{{West}}}]}""").Area!;
        string text = GeoJsonPolygon.ToGeoJson(area);
        // WGS84 to BNG and back through ProjNET moves a point by about 10⁻⁷ degrees (a centimetre): 52.63 comes back as 52.6300001.
        Assert.StartsWith("""{"type":"MultiPolygon","coordinates":[[[[-1.13,52.63""", text, StringComparison.Ordinal);
        Geometry back = Read(text).Area!;
        Assert.True(area.EqualsExact(back.GetGeometryN(0), 0.02), $"{area} != {back}");
    }
}
