using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary><c>lantern tasking --method</c> with a forecasting method, and with the force's chosen one.</summary>
public sealed class TaskingForecastTests
{
    [Fact]
    public void Tasking_ForecastMethod_RanksByTheDaysForecast_AndRecordsIt()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));

        using JsonDocument count = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--top", "15", "--json"));
        using JsonDocument prospective = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--top", "15", "--method", "prospective", "--json"));

        JsonElement parameters = prospective.RootElement.GetProperty("parameters");
        Assert.Equal("prospective", parameters.GetProperty("method").GetString());
        Assert.Equal("prospective", parameters.GetProperty("forecastMethod").GetString());
        Assert.Equal("2025-02-03", parameters.GetProperty("forecastTarget").GetString()); // timestamped data: the day itself
        Assert.Contains("weighting Harm", parameters.GetProperty("forecastParameters").GetString(), StringComparison.Ordinal);
        JsonElement result = prospective.RootElement.GetProperty("result");
        Assert.Contains(result.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Ranked by the prospective forecast", StringComparison.Ordinal));
        Assert.All(result.GetProperty("places").EnumerateArray(), p =>
        {
            Assert.True(p.GetProperty("harm").GetDouble() > 0);
            Assert.Contains("forecast risk", p.GetProperty("reason").GetString(), StringComparison.Ordinal);
        });
        // Prospective hot-spotting weighs recent weeks: its list is not the year's harm ranking.
        Assert.NotEqual(Cells(count), Cells(prospective));

        (int exit, _, string err) = cli.Run("tasking", "--date", "2025-02-03", "--method", "magic");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("gridsepp", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasking_Chosen_IsRefusedUntilABacktestChooses_ThenUsesAndRecordsTheChoice()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        (int exit, _, string err) = cli.Run("tasking", "--date", "2025-02-03", "--method", "chosen");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--choose", err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, cli.Run("backtest", "--from", "2025-01", "--to", "2025-01", "--methods", "naive", "--coverage", "5", "--choose", "10").Exit);

        string backtest = cli.RunOk("backtest", "--unit", "day", "--from", "2025-01-20", "--to", "2025-01-31", "--methods", "naive,prospective,retro",
            "--coverage", "2,5", "--choose", "5");
        Assert.Contains("Chosen for lantern-demo:", backtest, StringComparison.Ordinal);
        Assert.Contains("method-choice", cli.RunOk("runs", "list", "--kind", "method-choice"), StringComparison.Ordinal);
        long choiceRun = long.Parse(System.Text.RegularExpressions.Regex.Match(backtest, @"Recorded as run #(\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        using JsonDocument choice = JsonDocument.Parse(cli.RunOk("runs", "show", choiceRun.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        JsonElement ranking = choice.RootElement.GetProperty("result").GetProperty("ranking");
        string chosen = choice.RootElement.GetProperty("result").GetProperty("chosen").GetString()!;
        // The rule: the most crimes caught at the choice coverage comes first; the evidence holds every method and comparison.
        Assert.Equal(chosen, ranking[0].GetProperty("method").GetString());
        Assert.Equal(3, ranking.GetArrayLength());
        Assert.True(ranking[0].GetProperty("captured").GetInt32() >= ranking[1].GetProperty("captured").GetInt32());
        Assert.Equal(2, choice.RootElement.GetProperty("result").GetProperty("comparisons").GetArrayLength());

        using JsonDocument list = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--method", "chosen", "--json"));
        JsonElement parameters = list.RootElement.GetProperty("parameters");
        Assert.Equal("chosen", parameters.GetProperty("method").GetString());
        Assert.Equal(chosen, parameters.GetProperty("forecastMethod").GetString());
        Assert.Equal(choiceRun, parameters.GetProperty("methodChoiceRun").GetInt64());

        // A later choice of another method changes what "chosen" ranks by; the recorded list is still checked by its own.
        string others = string.Join(',', new[] { "naive", "prospective", "retro" }.Where(m => m != chosen));
        Assert.DoesNotContain($"Chosen for lantern-demo: {chosen}", cli.RunOk("backtest", "--unit", "day", "--from", "2025-01-20", "--to", "2025-01-31",
            "--methods", others, "--coverage", "2,5", "--choose", "5"), StringComparison.Ordinal);
        string run = list.RootElement.GetProperty("run").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", run), StringComparison.Ordinal);
    }

    private static string[] Cells(JsonDocument d) =>
        [.. d.RootElement.GetProperty("result").GetProperty("places").EnumerateArray().Select(p => p.GetProperty("cell").GetString()!)];
}
