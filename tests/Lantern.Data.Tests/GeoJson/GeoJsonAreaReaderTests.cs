using System.Text;
using Lantern.Core.Geography;
using Lantern.Data.Formats.GeoJson;
using NetTopologySuite.Geometries;

namespace Lantern.Data.Tests.GeoJson;

public sealed class GeoJsonAreaReaderTests
{
    // A 0.01° square near Leicester (about 680 m × 1,110 m) with a hole; and a second square beside it.
    private const string Square = "[[-1.13,52.63],[-1.12,52.63],[-1.12,52.64],[-1.13,52.64],[-1.13,52.63]]";
    private const string Hole = "[[-1.127,52.633],[-1.127,52.637],[-1.123,52.637],[-1.123,52.633],[-1.127,52.633]]";
    private const string Beside = "[[-1.11,52.63],[-1.10,52.63],[-1.10,52.64],[-1.11,52.64],[-1.11,52.63]]";

    private static readonly GeoJsonAreaReader s_reader = new();

    private static GeoJsonAreaResult Areas(string json, GeoJsonAreaOptions? options = null) =>
        s_reader.ReadAreas(Encoding.UTF8.GetBytes(json), "test.geojson", options);

    private static string Collection(params string[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    private static string Feature(string properties, string geometry) =>
        $$"""{"type":"Feature","properties":{{properties}},"geometry":{{geometry}}}""";

    private static string Polygon(params string[] rings) => $$"""{"type":"Polygon","coordinates":[{{string.Join(",", rings)}}]}""";

    [Fact]
    public void ReadAreas_Utf8ByteOrderMark_IsSkipped()
    {
        // Windows tools write one before UTF-8 text; RFC 8259 lets a reader ignore it.
        byte[] json = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Collection(Feature("""{"WD24CD":"E05000001"}""", Polygon(Square))))];

        GeoJsonAreaResult result = s_reader.ReadAreas(json, "test.geojson", null);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal("E05000001", Assert.Single(result.Features).Code);
    }

    [Theory]
    [InlineData("")] // 0 bytes
    [InlineData("\uFEFF")] // a byte order mark alone
    [InlineData(" \r\n")] // white space alone
    public void ReadAreas_EmptyFile_SaysItIsEmpty(string text)
    {
        GeoJsonAreaResult result = Areas(text);

        Assert.Equal("the file is empty", Assert.Single(result.Errors).Reason);
    }

    [Fact]
    public void ReadAreas_PolygonWithHole_ProjectsToBngAndSubtractsTheHole()
    {
        GeoJsonAreaResult result = Areas(Collection(
            Feature("""{"WD24CD":"E05000001","WD24NM":"Castle","population":1234,"note":null,"ok":true}""", Polygon(Square, Hole))));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        AreaFeature f = Assert.Single(result.Features);
        Assert.Equal("E05000001", f.Code);
        Assert.Equal("Castle", f.Name);
        Assert.Equal("WD24CD", result.CodeProperty);
        Assert.Equal("WD24NM", result.NameProperty);
        Assert.Equal(27700, f.Geometry.SRID);
        var polygon = Assert.IsType<Polygon>(f.Geometry);
        Assert.Equal(1, polygon.NumInteriorRings);

        // 0.01° of longitude at 52.63° N is about 677 m, 0.01° of latitude about 1,113 m; the hole is 0.4 × 0.4 of it.
        double outer = 677 * 1113;
        Assert.InRange(f.Geometry.Area, outer * (1 - 0.16) * 0.98, outer * (1 - 0.16) * 1.02);
        Envelope env = f.Geometry.EnvelopeInternal;
        Assert.InRange(env.MinX, 450_000, 470_000);
        Assert.InRange(env.MinY, 295_000, 310_000);

        // Everything but the code and the name, as text.
        Assert.Equal("1234", f.Properties["population"]);
        Assert.Equal(string.Empty, f.Properties["note"]);
        Assert.Equal("true", f.Properties["ok"]);
        Assert.False(f.Properties.ContainsKey("WD24CD"));
    }

    [Fact]
    public void ReadAreas_MultiPolygon_OneFeatureTwoParts()
    {
        GeoJsonAreaResult result = Areas(Collection(
            Feature("""{"code":"A1","name":"Two parts"}""", $$"""{"type":"MultiPolygon","coordinates":[[{{Square}}],[{{Beside}}]]}""")));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var multi = Assert.IsType<MultiPolygon>(Assert.Single(result.Features).Geometry);
        Assert.Equal(2, multi.NumGeometries);
        Assert.Equal("code", result.CodeProperty);
    }

    [Fact]
    public void ReadAreas_SeveralLevels_PicksTheFinestUnlessAPrefixIsGiven()
    {
        string json = Collection(
            Feature("""{"LAD22CD":"E09000001","LSOA21CD":"E01000001","LSOA21NM":"City 001A","LAD22NM":"City"}""", Polygon(Square)),
            Feature("""{"LAD22CD":"E09000001","LSOA21CD":"E01000002","LSOA21NM":"City 001B","LAD22NM":"City"}""", Polygon(Beside)));

        GeoJsonAreaResult auto = Areas(json);
        Assert.True(auto.IsSuccess, string.Join("; ", auto.Errors));
        Assert.Equal("LSOA21CD", auto.CodeProperty);
        Assert.Equal("LSOA21NM", auto.NameProperty);
        Assert.Equal(["E01000001", "E01000002"], auto.Features.Select(f => f.Code));

        // Asking for the borough level on an LSOA file: both features claim the same borough code.
        GeoJsonAreaResult boroughs = Areas(json, GeoJsonAreaOptions.ForLevel("borough"));
        Assert.Equal("LAD22CD", boroughs.CodeProperty);
        GeoJsonError error = Assert.Single(boroughs.Errors);
        Assert.Equal(1, error.FeatureIndex);
        Assert.Contains("also used by feature 0", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAreas_ExplicitPropertyNames_AreUsed()
    {
        GeoJsonAreaResult result = Areas(Collection(Feature("""{"beat":"N1","label":"North one"}""", Polygon(Square))),
            new GeoJsonAreaOptions { CodeProperty = "beat", NameProperty = "label" });
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal("N1", result.Features[0].Code);
        Assert.Equal("North one", result.Features[0].Name);
    }

    [Fact]
    public void ReadAreas_NoNameProperty_UsesTheCodeAndWarns()
    {
        GeoJsonAreaResult result = Areas(Collection(Feature("""{"XCD":"Z9"}""", Polygon(Square))));
        Assert.True(result.IsSuccess);
        Assert.Equal("Z9", result.Features[0].Name);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void ReadAreas_LineString_ErrorNamesFileFeatureAndField()
    {
        GeoJsonAreaResult result = Areas(Collection(
            Feature("""{"code":"A"}""", Polygon(Square)),
            Feature("""{"code":"B"}""", """{"type":"LineString","coordinates":[[-1.1,52.6],[-1.2,52.7]]}""")));

        Assert.False(result.IsSuccess);
        Assert.Single(result.Features);
        GeoJsonError error = Assert.Single(result.Errors);
        Assert.Equal("test.geojson: feature 1, field 'geometry.type': geometry type 'LineString' is not an area", error.ToString());
    }

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.13,52.63],[-1.12,52.63],[-1.12,52.64],[-1.13,52.64],[-1.13,52.635]]]}""",
        "geometry.coordinates[0]", "not closed")] // last position differs from the first
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.13,52.63],[-1.12,"x"],[-1.12,52.64],[-1.13,52.64],[-1.13,52.63]]]}""",
        "geometry.coordinates[0][1]", "two finite numbers")] // a latitude that is text
    [InlineData("""{"type":"Polygon","coordinates":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.86],[2.35,48.85]]]}""",
        "geometry.coordinates[0][0]", "outside Great Britain")] // Paris
    [InlineData("""{"type":"Polygon","coordinates":[[[530000,180000],[531000,180000],[531000,181000],[530000,181000],[530000,180000]]]}""",
        "geometry.coordinates[0][0]", "declare \"crs\" EPSG:27700")] // BNG metres in a WGS84 file
    [InlineData("""{"type":"Polygon","coordinates":[]}""", "geometry.coordinates", "non-empty array of rings")] // no rings
    [InlineData("""{"type":"MultiPolygon","coordinates":[]}""", "geometry.coordinates", "no polygons")] // no parts
    [InlineData("""{"type":"Polygon"}""", "geometry.coordinates", "missing")] // no coordinates member
    [InlineData("null", "geometry", "null")] // a feature without geometry
    [InlineData("""{"type":"GeometryCollection","geometries":[]}""", "geometry.type",
        "'GeometryCollection' is not an area")] // not supported
    public void ReadAreas_BadGeometry_ErrorSaysWhereAndWhy(string geometry, string field, string reason)
    {
        GeoJsonAreaResult result = Areas(Collection(Feature("""{"code":"A"}""", Polygon(Square)), Feature("""{"code":"B"}""", geometry)));
        GeoJsonError error = Assert.Single(result.Errors);
        Assert.Equal(1, error.FeatureIndex);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Single(result.Features);
    }

    [Fact]
    public void ReadAreas_TooShortRing_Error()
    {
        GeoJsonAreaResult result = Areas(Collection(Feature("""{"code":"A"}""",
            """{"type":"Polygon","coordinates":[[[-1.13,52.63],[-1.12,52.63],[-1.13,52.63]]]}""")));
        Assert.Contains("at least 4 positions", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[""", "(json)", "not valid JSON")] // truncated
    [InlineData("""[1,2,3]""", "(root)", "not a GeoJSON object")] // an array
    [InlineData("""{"type":"Feature","properties":{},"geometry":null}""", "type", "wrap it in a FeatureCollection")] // one feature
    [InlineData("""{"type":"FeatureCollection"}""", "features", "missing")] // no features
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "features", "empty")] // nothing to import
    [InlineData("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[]}""",
        "crs", "not supported")] // web mercator
    public void ReadAreas_BadFile_OneFileLevelError(string json, string field, string reason)
    {
        GeoJsonAreaResult result = Areas(json);
        Assert.False(result.IsSuccess);
        GeoJsonError error = Assert.Single(result.Errors);
        Assert.Equal(-1, error.FeatureIndex);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("test.geojson: field", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAreas_NoCodeProperty_FileErrorListsTheProperties()
    {
        GeoJsonAreaResult result = Areas(Collection(Feature("""{"colour":"red","size":3}""", Polygon(Square))));
        GeoJsonError error = Assert.Single(result.Errors);
        Assert.Equal("properties", error.Field);
        Assert.Contains("colour, size", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAreas_MissingCodeOnOneFeature_ErrorNamesTheProperty()
    {
        GeoJsonAreaResult result = Areas(Collection(
            Feature("""{"MSOA21CD":"E02000001"}""", Polygon(Square)),
            Feature("""{"MSOA21CD":""}""", Polygon(Beside))));
        GeoJsonError error = Assert.Single(result.Errors);
        Assert.Equal("test.geojson: feature 1, field 'properties.MSOA21CD': missing or empty: every area needs a code", error.ToString());
    }

    [Fact]
    public void ReadAreas_DeclaredBngCrs_ReadsMetresWithoutProjecting()
    {
        const string json = """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},
             "features":[{"type":"Feature","properties":{"code":"B"},"geometry":{"type":"Polygon",
             "coordinates":[[[530000,180000],[531000,180000],[531000,181000],[530000,181000],[530000,180000]]]}}]}
            """;
        GeoJsonAreaResult result = Areas(json);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.True(result.CoordinatesInBng);
        Assert.Equal(1_000_000, result.Features[0].Geometry.Area, 6);
    }

    [Fact]
    public void ReadAreas_SelfIntersectingRing_RepairedWithWarning()
    {
        // A bow tie: the two triangles meet at the crossing.
        GeoJsonAreaResult result = Areas(Collection(Feature("""{"code":"X"}""",
            """{"type":"Polygon","coordinates":[[[-1.13,52.63],[-1.12,52.64],[-1.12,52.63],[-1.13,52.64],[-1.13,52.63]]]}""")));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.True(result.Features[0].Geometry.IsValid);
        Assert.Contains(result.Warnings, w => w.Contains("repaired", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAreas_ManyBadFeatures_KeepsTheFirstHundredAndCountsAll()
    {
        string bad = Feature("""{"code":"L"}""", """{"type":"Point","coordinates":[-1.1,52.6]}""");
        GeoJsonAreaResult result = Areas(Collection([.. Enumerable.Repeat(bad, 150)]));
        Assert.Equal(150, result.ErrorCount);
        Assert.Equal(GeoJsonAreaReader.MaxErrors, result.Errors.Count);
    }

    [Theory]
    [InlineData("")] // empty file
    [InlineData("nonsense")] // not JSON
    [InlineData("""{"type":"FeatureCollection","features":[1,"two",null,{}]}""")] // features that are not features
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":[],"geo""" +
        """metry":{"type":"Polygon","coordinates":[[1]]}}]}""")] // odd shapes
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"A"},"geo""" +
        """metry":{"type":"Polygon","coordinates":[[[1e400,0],[0,0],[0,1],[1e400,0]]]}}]}""")] // overflow
    [InlineData("""{"type":"FeatureCollection","crs":{"type":"name"},"features":[]}""")] // crs without a name
    public void ReadAreas_Garbage_NeverThrows(string json)
    {
        GeoJsonAreaResult result = Areas(json);
        Assert.False(result.IsSuccess);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void ReadMask_NoProperties_MakesUpCodes()
    {
        GeoJsonAreaResult result = s_reader.ReadMask(Encoding.UTF8.GetBytes(Collection(
            """{"type":"Feature","properties":null,"geometry":""" + Polygon(Square) + "}",
            """{"type":"Feature","geometry":""" + Polygon(Beside) + "}")), "mask.geojson");
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(["mask-1", "mask-2"], result.Features.Select(f => f.Code));
        ExclusionMask mask = result.ToExclusionMask();
        Assert.Equal(2, mask.PolygonCount);
        Point inside = result.Features[0].Geometry.InteriorPoint;
        Assert.True(mask.Excludes(new BngPoint(inside.X, inside.Y)));
    }

    [Fact]
    public void ReadMask_RepeatedCodes_KeptUnique()
    {
        GeoJsonAreaResult result = s_reader.ReadMask(Encoding.UTF8.GetBytes(Collection(
            Feature("""{"MASKCD":"prison"}""", Polygon(Square)), Feature("""{"MASKCD":"prison"}""", Polygon(Beside)))), "mask.geojson");
        Assert.True(result.IsSuccess);
        Assert.Equal(2, result.ToAreaIndex().Count);
    }

    [Fact]
    public async Task ReadAreasAsync_MissingFile_ErrorNotException()
    {
        GeoJsonAreaResult result = await s_reader.ReadAreasAsync(
            Path.Combine(Path.GetTempPath(), "lantern-no-such-dir", "none.geojson"), null, CancellationToken.None);
        Assert.Contains("does not exist", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAreasAsync_File_SameAsInMemory()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lantern-geojson-{Guid.NewGuid():N}.geojson");
        string json = Collection(Feature("""{"code":"A","name":"Aye"}""", Polygon(Square, Hole)));
        await File.WriteAllTextAsync(path, json, CancellationToken.None);
        try
        {
            GeoJsonAreaResult result = await s_reader.ReadAreasAsync(path, null, CancellationToken.None);
            Assert.True(result.IsSuccess);
            Assert.Equal(path, result.File);
            Assert.Equal(Areas(json).Features[0].Geometry.Area, result.Features[0].Geometry.Area);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Constructor_FactoryWithOtherSrid_Throws() =>
        Assert.Throws<ArgumentException>(() => new GeoJsonAreaReader(new GeometryFactory(new PrecisionModel(), 4326)));
}
