using System.Net;
using Lantern.Data.Generation;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>The forecasting page: the chosen method with its evidence, the recorded backtests with charts, starting one.</summary>
public sealed class ForecastingPageTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task Forecasting_AnalystStartsABacktestThatChooses_AndEveryoneWhoMaySeeItSeesTheChoiceAndTheCharts()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli), "--db", host.Database);
        HttpClient analyst = await host.ApiClientAsync("analyst");
        HttpClient supervisor = await host.ApiClientAsync("supervisor");
        HttpClient officer = await host.ClientAsync("officer");

        HttpResponseMessage started = await analyst.PostAsync("forecasting/run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["force"] = SyntheticForce.Slug,
            ["unit"] = "day",
            ["from"] = "2025-01-25",
            ["to"] = "2025-01-31",
            ["methods"] = "naive,prospective",
            ["coverage"] = "2,5",
            ["choose"] = "5",
        }));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        string location = started.Headers.Location!.ToString();
        Assert.StartsWith("/forecasting?run=", location, StringComparison.Ordinal);

        string page = await supervisor.GetStringAsync(location.TrimStart('/'));
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Hit rate against coverage", page, StringComparison.Ordinal);
        Assert.Contains("PAI against coverage", page, StringComparison.Ordinal);
        Assert.Contains($"{SyntheticForce.Slug}: ", page, StringComparison.Ordinal); // the chosen method's heading
        Assert.Contains("highest pooled hit rate at the choice coverage", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Start a backtest", page, StringComparison.Ordinal); // supervisors see, analysts start

        Assert.Contains("Start a backtest", await analyst.GetStringAsync("forecasting"), StringComparison.Ordinal);
        HttpResponseMessage bad = await analyst.PostAsync("forecasting/run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["force"] = SyntheticForce.Slug,
            ["unit"] = "fortnight",
        }));
        Assert.Contains("message=", bad.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("--unit must be month or day", await analyst.GetStringAsync(bad.Headers.Location!.ToString().TrimStart('/')), StringComparison.Ordinal);

        HttpResponseMessage refused = await supervisor.PostAsync("forecasting/run", new FormUrlEncodedContent(new Dictionary<string, string> { ["force"] = "x" }));
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect && refused.Headers.Location?.ToString().Contains("forecasting?run", StringComparison.Ordinal) != true,
            $"supervisor POST answered {refused.StatusCode} {refused.Headers.Location}");
        HttpResponseMessage officerView = await officer.GetAsync("forecasting");
        Assert.NotEqual(HttpStatusCode.OK, officerView.StatusCode);
    }
}
