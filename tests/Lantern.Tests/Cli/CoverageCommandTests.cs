using System.Text.Json;

namespace Lantern.Tests.Cli;

public sealed class CoverageCommandTests
{
    [RealDataFact]
    public void Coverage_MetStopAndSearch_FlagsTheMissingAndTheIncompleteMonth()
    {
        using var cli = new CliRun();
        foreach (string m in new[] { "2021-12", "2022-02", "2022-12" })
        {
            cli.RunOk("import", RealData.Path("police", m, $"{m}-metropolitan-stop-and-search.csv"));
        }

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("coverage", "--force", "metropolitan", "--json"));
        JsonElement series = doc.RootElement.GetProperty("series")[0];
        Assert.Equal("stop-and-search", series.GetProperty("kind").GetString());
        // 2022-01 was not published in the shared data; 2022-03..2022-11 were not imported here: both are missing, not zero.
        var missing = series.GetProperty("missing").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("2022-01", missing);
        Assert.Contains("2022-11", missing);
        Assert.DoesNotContain("2022-02", missing);
        // The source's December 2022 stops on the 17th.
        Assert.Equal("2022-12", series.GetProperty("incomplete")[0].GetProperty("month").GetString());

        string table = cli.RunOk("coverage");
        Assert.Contains("Metropolitan Police Service", table, StringComparison.Ordinal);
        Assert.Contains("2022-01, 2022-03..2022-11", table, StringComparison.Ordinal);
    }
}
