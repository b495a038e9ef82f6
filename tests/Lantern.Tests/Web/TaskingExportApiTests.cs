using System.Net;
using System.Text.Json;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>The tasking exports of a cached list: made after the request that computed the list has closed its store.</summary>
public sealed class TaskingExportApiTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task Csv_OfACachedList_CarriesEveryLevelsAreaCodes()
    {
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "3000", "--months", "4", "--end", "2026-09");
        cli.RunOk("import", "--db", host.Database, data);
        string boundaries = Path.Combine(data, "boundaries", "lantern-demo-lsoa.geojson");
        cli.RunOk("areas", "import", boundaries, "--level", "lsoa", "--db", host.Database);
        // A second level (the same shapes, standing in for boroughs): the list itself looks up only the finest.
        cli.RunOk("areas", "import", boundaries, "--level", "borough", "--code-property", "LSOACD", "--name-property", "LSOANM", "--db", host.Database);

        HttpClient analyst = await host.ClientAsync("analyst");
        const string Query = "force=lantern-demo&date=2026-10-15&months=3&top=5";
        HttpResponseMessage list = await analyst.GetAsync("api/tasking?" + Query);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using JsonDocument json = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        string run = json.RootElement.GetProperty("run").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        HttpResponseMessage csv = await analyst.GetAsync("api/tasking/csv?" + Query);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        string[] lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] header = lines[0].Split(',');
        int lsoa = Array.IndexOf(header, "lsoa_code"), borough = Array.IndexOf(header, "borough_code");
        Assert.True(lsoa >= 0 && borough >= 0, lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal(l.Split(',')[lsoa], l.Split(',')[borough]));
        // As the command line's: every row names the recorded run of the list it came from.
        Assert.Equal("run", header[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal(run, l.Split(',')[0]));
        Assert.Equal(6, lines.Length);
    }
}
