using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary><c>lantern stopsearch bwv</c> on generated data, against counts made straight from the generated files.</summary>
public sealed class StopSearchBodyWornVideoCommandTests
{
    [Fact]
    public void Bwv_GeneratedForce_ByTeamMatchesTheFiles()
    {
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "generated");
        cli.RunOk("generate", "--out", data, "--months", "3", "--end", "2024-09", "--events", "6000");
        cli.RunOk("import", data);

        // Straight from the files: column 8 Team, 18 Body-worn video, 19 the reason (the generator writes no quoted fields).
        string[][] rows = [.. Directory.GetFiles(Path.Combine(data, "force-export"), "*-stop-search-*.csv")
            .SelectMany(f => File.ReadAllLines(f).Skip(1)).Select(line => line.Split(','))];
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "bwv", "--force", "lantern-demo", "--json"));
        JsonElement result = doc.RootElement.GetProperty("result");

        JsonElement total = result.GetProperty("total");
        Assert.Equal(rows.Length, total.GetProperty("searches").GetInt64());
        Assert.Equal(rows.Count(r => r[18] == "Yes"), total.GetProperty("recorded").GetProperty("events").GetInt64());
        foreach (JsonElement team in result.GetProperty("groups").EnumerateArray())
        {
            string[][] mine = [.. rows.Where(r => r[8] == team.GetProperty("name").GetString())];
            JsonElement recorded = team.GetProperty("recorded");
            Assert.Equal((mine.Count(r => r[18] == "Yes"), mine.Length), (recorded.GetProperty("events").GetInt32(), recorded.GetProperty("of").GetInt32()));
            var reasons = mine.Where(r => r[18] == "No").GroupBy(r => r[19].Length == 0 ? "(no reason given)" : r[19]).ToDictionary(g => g.Key, g => g.LongCount());
            Assert.Equal(reasons, team.GetProperty("reasonsWhenNot").EnumerateArray().ToDictionary(x => x.GetProperty("reason").GetString()!, x => x.GetProperty("searches").GetInt64()));
            Assert.InRange(recorded.GetProperty("value").GetDouble(), recorded.GetProperty("low").GetDouble(), recorded.GetProperty("high").GetDouble());
        }

        Assert.Equal(6, result.GetProperty("groups").GetArrayLength());
        Assert.Contains("Reasons given when not recorded", cli.RunOk("stopsearch", "bwv", "--force", "lantern-demo"), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, cli.Run("stopsearch", "bwv", "--force", "lantern-demo", "--by", "area").Exit); // no boundaries imported
    }
}
