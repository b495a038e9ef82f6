using System.Net;
using System.Text.RegularExpressions;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>The tasking page's base layer and per-area levels: the boundaries that hold the force's crimes.</summary>
public sealed partial class TaskingBaseLayerTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task TaskingPage_WithBoroughsOfAnotherForceOnly_DrawsTheForcesOwnLevel()
    {
        // London's boroughs imported beside the demo force's LSOAs: the coarsest level in the store was drawn as the base
        // layer, so the demo force's map had no boundaries, and "per area" offered boroughs it has none of.
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "2000", "--months", "2", "--end", "2026-09");
        cli.RunOk("import", "--db", host.Database, data);
        cli.RunOk("areas", "import", Path.Combine(data, "boundaries", "lantern-demo-lsoa.geojson"), "--level", "lsoa", "--db", host.Database);
        string london = Path.Combine(cli.Directory, "london-borough.geojson");
        File.WriteAllText(london, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"LSOACD":"E09000033","LSOANM":"Westminster"},
            "geometry":{"type":"Polygon","coordinates":[[[-0.2,51.48],[-0.1,51.48],[-0.1,51.53],[-0.2,51.53],[-0.2,51.48]]]}}]}
            """);
        cli.RunOk("areas", "import", london, "--level", "borough", "--code-property", "LSOACD", "--name-property", "LSOANM", "--db", host.Database);
        HttpClient analyst = await host.ClientAsync("analyst");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("api/tasking?force=lantern-demo&date=2026-10-15")).StatusCode); // the crimes in memory

        string page = await analyst.GetStringAsync("tasking?force=lantern-demo&date=2026-10-15");

        Assert.Equal("lsoa", BaseLevel().Match(page).Groups[1].Value);
        Assert.DoesNotContain("borough", PerAreaOptions().Match(page).Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-base-level=\"([^\"]*)\"")]
    private static partial Regex BaseLevel();

    [GeneratedRegex("<select[^>]*name=\"perArea\"[^>]*>.*?</select>", RegexOptions.Singleline)]
    private static partial Regex PerAreaOptions();
}
