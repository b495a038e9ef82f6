using System.Text.Json;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>The map's base layer: imported boundaries back as WGS84 GeoJSON, outlines simplified to 10 m and rounded to 5 places.</summary>
public sealed class AreasApiTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task Areas_ImportedBorough_ComesBackAsAMultiPolygonFeatureInWgs84()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "boroughs.geojson");
        File.WriteAllText(file, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"LAD22CD":"W06000022","LAD22NM":"Newport"},
             "geometry":{"type":"Polygon","coordinates":[[[-3.007,51.583],[-2.987,51.583],[-2.987,51.593],[-3.007,51.593],[-3.007,51.583]]]}}]}
            """);
        cli.RunOk("--db", host.Database, "areas", "import", file, "--level", "borough");

        using JsonDocument doc = JsonDocument.Parse(await (await host.ClientAsync("officer")).GetStringAsync("api/areas/borough"));
        JsonElement feature = Assert.Single(doc.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal(("W06000022", "Newport", "borough", "MultiPolygon"), (feature.GetProperty("properties").GetProperty("code").GetString(),
            feature.GetProperty("properties").GetProperty("name").GetString(), feature.GetProperty("properties").GetProperty("level").GetString(),
            feature.GetProperty("geometry").GetProperty("type").GetString()));
        JsonElement[] ring = [.. feature.GetProperty("geometry").GetProperty("coordinates")[0][0].EnumerateArray()];
        Assert.Equal(5, ring.Length);
        Assert.Equal((-3.007, 51.583), (ring[0][0].GetDouble(), ring[0][1].GetDouble())); // a centimetre's round trip is lost in 5 places
    }
}
