using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Tests.Cli;
using Lantern.Tests.Web;

namespace Lantern.Tests.StopSearch;

/// <summary>
/// The stop-and-search pages on the Met's real searches of 2023-04 to 2023-06 (36,164, checked against an independent
/// computation in <see cref="MetStopSearchRealDataTests"/>), with Census 2021 and London's boroughs: the dashboard shows
/// the command line's figures, each borough's are its own summary's, and the scrutiny panel's report for June shows no
/// count under 5 and no rate made from one.
/// </summary>
public sealed class MetStopSearchWebRealDataTests
{
    [RealDataFact]
    public async Task Dashboard_Boroughs_AndReport_OnTheMetsSearches()
    {
        await using WebHost host = await WebHost.StartAsync(postgres: false);
        using var cli = new CliRun();
        string db = host.Database;
        foreach (string month in new[] { "2023-04", "2023-05", "2023-06" })
        {
            cli.RunOk("--db", db, "import", RealData.Path("police", month, $"{month}-metropolitan-stop-and-search.csv"));
        }

        cli.RunOk("--db", db, "population", "import", RealData.Path("population", "census2021-ts021-msoa.csv"));
        cli.RunOk("--db", db, "population", "import", RealData.Path("geo", "london-lsoa-2021-to-borough.csv"));
        cli.RunOk("--db", db, "population", "import", RealData.Path("population", "lad16-to-police-force-area.csv"));
        cli.RunOk("--db", db, "areas", "import", RealData.Path("geo", "london-boroughs-2022.geojson"), "--level", "borough");
        HttpClient analyst = await host.ClientAsync("analyst");

        // The dashboard: 36,164 searches and the Black/White ratio the independent check gives (3.043118, self-defined).
        string page = await analyst.GetStringAsync("stop-search?force=metropolitan&from=2023-04&to=2023-06");
        Assert.Contains("id=\"headline\" data-run=\"", page, StringComparison.Ordinal);
        Assert.Matches("data-searches=\"36164\"", page);
        Match black = Regex.Match(page, "<tr data-group=\"Black\" data-searches=\"(\\d+)\" data-ratio=\"([^\"]+)\"");
        Assert.Equal("8140", black.Groups[1].Value);
        Assert.Equal(3.043118, double.Parse(black.Groups[2].Value, CultureInfo.InvariantCulture), 6);

        // Every borough's figures are its own summary's; placed, outside and without coordinates add up to the force.
        using JsonDocument all = JsonDocument.Parse(await analyst.GetStringAsync("api/stop-search/boroughs?force=metropolitan&from=2023-04&to=2023-06"));
        JsonElement r = all.RootElement.GetProperty("result");
        JsonElement[] boroughs = [.. r.GetProperty("boroughs").EnumerateArray()];
        Assert.Equal(33, boroughs.Length);
        Assert.Equal(36_164, boroughs.Sum(b => b.GetProperty("searches").GetInt64()) + r.GetProperty("outsideEveryBorough").GetInt64() + r.GetProperty("withoutCoordinates").GetInt64());
        foreach (string code in new[] { "E09000022", "E09000033" })
        {
            using JsonDocument one = JsonDocument.Parse(cli.RunOk("--db", db, "stopsearch", "summary", "--force", "metropolitan", "--from", "2023-04", "--to", "2023-06",
                "--area", code, "--json"));
            JsonElement b = boroughs.Single(x => x.GetProperty("code").GetString() == code);
            JsonElement summary = one.RootElement.GetProperty("result");
            Assert.Equal(summary.GetProperty("searches").GetInt64(), b.GetProperty("searches").GetInt64());
            Assert.True(JsonElement.DeepEquals(summary.GetProperty("disproportionality").GetProperty("groups"), b.GetProperty("disproportionality")), code);
        }

        // The scrutiny report for June: 11,595 searches; no shown count under 5; every shown rate has 5 or more events and
        // non-events (checked against the month's unsuppressed summary).
        using JsonDocument report = JsonDocument.Parse(await (await host.ClientAsync("scrutiny")).GetStringAsync("api/stop-search/scrutiny?force=metropolitan&month=2023-06"));
        using JsonDocument june = JsonDocument.Parse(cli.RunOk("--db", db, "stopsearch", "summary", "--force", "metropolitan", "--from", "2023-06", "--to", "2023-06", "--json"));
        Dictionary<string, JsonElement> tables = report.RootElement.GetProperty("result").GetProperty("tables").EnumerateArray()
            .ToDictionary(t => t.GetProperty("id").GetString()!);
        Assert.Equal(11_595, tables["searches"].GetProperty("rows")[0].GetProperty("cells")[0].GetProperty("value").GetDouble());
        int rates = 0;
        foreach ((string id, JsonElement table) in tables)
        {
            string[] columns = [.. table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)];
            foreach (JsonElement row in table.GetProperty("rows").EnumerateArray())
            {
                JsonElement[] cells = [.. row.GetProperty("cells").EnumerateArray()];
                for (int i = 0; i < cells.Length; i++)
                {
                    if (cells[i].GetProperty("status").GetString() != "shown")
                    {
                        continue;
                    }

                    if (cells[i].GetProperty("kind").GetString() == "count" && columns[i + 1] != "Residents")
                    {
                        Assert.True(cells[i].GetProperty("value").GetDouble() >= 5, $"{id} {row.GetProperty("key")} {columns[i + 1]}");
                    }

                    if (cells[i].GetProperty("kind").GetString() == "rate" && june.RootElement.GetProperty("result").GetProperty("breakdowns").TryGetProperty(id, out JsonElement breakdown))
                    {
                        string measure = columns[i + 1].StartsWith("Arrest", StringComparison.Ordinal) ? "arrest" : "positive";
                        JsonElement p = breakdown.EnumerateArray().Single(b => b.GetProperty("key").GetString() == row.GetProperty("key").GetString())
                            .GetProperty("rates").GetProperty(measure);
                        long events = p.GetProperty("events").GetInt64(), of = p.GetProperty("of").GetInt64();
                        Assert.True(events >= 5 && of - events >= 5, $"{id} {row.GetProperty("key")} {measure}: {events} of {of}");
                        rates++;
                    }
                }
            }
        }

        Assert.True(rates > 20, $"only {rates} rates shown");
    }
}
