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
        string following = started.Headers.Location!.ToString();
        Assert.StartsWith("/forecasting?job=", following, StringComparison.Ordinal);

        // The backtest runs in the background: the page it follows reloads itself until the run is recorded, then sends
        // the analyst to it.
        string location = following;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (location == following)
        {
            using HttpResponseMessage poll = await analyst.GetAsync(following.TrimStart('/'));
            if (poll.StatusCode == HttpStatusCode.Redirect)
            {
                location = poll.Headers.Location!.ToString();
                break;
            }

            string waiting = await poll.Content.ReadAsStringAsync();
            Assert.Contains("http-equiv=\"refresh\"", waiting, StringComparison.Ordinal);
            Assert.Contains("id=\"following\"", waiting, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the backtest did not finish in two minutes");
            await Task.Delay(200);
        }

        Assert.StartsWith("/forecasting?run=", location, StringComparison.Ordinal);
        string listed = await analyst.GetStringAsync("forecasting");
        Assert.Contains($"done: run #{location["/forecasting?run=".Length..]}", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", listed, StringComparison.Ordinal);
        // Recorded backtests are dated as a UK clock reads, not "2026-11-21T17:51:29Z".
        Assert.Matches(@"</a> [a-z-]+, \d{4}-\d\d-\d\d \d\d:\d\d (GMT|BST) by analyst</li>", listed);

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
        Assert.Contains("Unit must be month or day", await analyst.GetStringAsync(bad.Headers.Location!.ToString().TrimStart('/')), StringComparison.Ordinal);

        // Inputs that pass the checks but find no data: the job fails, and the page following it says why.
        HttpResponseMessage empty = await analyst.PostAsync("forecasting/run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["force"] = SyntheticForce.Slug,
            ["unit"] = "month",
            ["from"] = "2010-01",
            ["to"] = "2010-03",
            ["methods"] = "naive",
        }));
        string emptyJob = empty.Headers.Location!.ToString().TrimStart('/');
        string said = "";
        for (int i = 0; i < 100 && !said.Contains("No located crimes", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            said = await analyst.GetStringAsync(emptyJob);
        }

        Assert.Contains("No located crimes", said, StringComparison.Ordinal);
        Assert.Contains("failed: No located crimes", await analyst.GetStringAsync("forecasting"), StringComparison.Ordinal);

        HttpResponseMessage refused = await supervisor.PostAsync("forecasting/run", new FormUrlEncodedContent(new Dictionary<string, string> { ["force"] = "x" }));
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect && refused.Headers.Location?.ToString().Contains("forecasting?run", StringComparison.Ordinal) != true,
            $"supervisor POST answered {refused.StatusCode} {refused.Headers.Location}");
        HttpResponseMessage officerView = await officer.GetAsync("forecasting");
        Assert.NotEqual(HttpStatusCode.OK, officerView.StatusCode);
    }
}
