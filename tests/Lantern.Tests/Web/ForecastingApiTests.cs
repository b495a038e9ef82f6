using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Data.Generation;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>
/// The forecasting page's API, found missing in review: an analyst starts a backtest as the page's form does and follows
/// its job; whoever sees the page reads the chosen method, the recorded backtests, one backtest's record and the jobs.
/// </summary>
public sealed class ForecastingApiTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task Backtest_StartedByAnAnalyst_FollowedToItsRun_ThenReadByASupervisor_AsThePageShowsIt()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli), "--db", host.Database);
        HttpClient analyst = await host.ApiClientAsync("analyst");
        HttpClient supervisor = await host.ApiClientAsync("supervisor");

        HttpResponseMessage started = await analyst.PostAsJsonAsync("api/forecasting/backtests", new
        {
            force = SyntheticForce.Slug, unit = "day", from = "2025-01-25", to = "2025-01-31", methods = "naive,prospective", coverage = "2,5", choose = 5.0,
        });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        JsonElement job = await started.Content.ReadFromJsonAsync<JsonElement>();
        string follow = started.Headers.Location!.ToString();
        Assert.Equal($"/api/forecasting/jobs/{job.GetProperty("id").GetInt32()}", follow);
        Assert.Equal(("analyst", "naive,prospective", 5.0), (job.GetProperty("by").GetString(), job.GetProperty("methods").GetString(), job.GetProperty("choose").GetDouble()));

        // It runs in the background, as one started from the page does: followed until it is done.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (job.GetProperty("state").GetString() is "queued" or "running")
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the backtest did not finish in two minutes");
            await Task.Delay(200);
            job = await supervisor.GetFromJsonAsync<JsonElement>(follow.TrimStart('/'));
        }

        Assert.Equal("done", job.GetProperty("state").GetString());
        long run = job.GetProperty("run").GetInt64();

        JsonElement backtest = await supervisor.GetFromJsonAsync<JsonElement>($"api/forecasting/backtests/{run}");
        Assert.Equal((run, SyntheticForce.Slug, "analyst"),
            (backtest.GetProperty("id").GetInt64(), backtest.GetProperty("force").GetString(), backtest.GetProperty("createdBy").GetString()));
        Assert.Equal("day", backtest.GetProperty("parameters").GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Object, backtest.GetProperty("result").ValueKind);

        JsonElement overview = await supervisor.GetFromJsonAsync<JsonElement>("api/forecasting");
        Assert.Contains(SyntheticForce.Slug, overview.GetProperty("forces").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(run, overview.GetProperty("backtests").EnumerateArray().Select(b => b.GetProperty("id").GetInt64()));
        JsonElement chosen = Assert.Single(overview.GetProperty("chosen").EnumerateArray());
        Assert.Equal(run, chosen.GetProperty("parameters").GetProperty("backtestRun").GetInt64());
        Assert.False(string.IsNullOrEmpty(chosen.GetProperty("result").GetProperty("chosen").GetString()));
        Assert.Contains(overview.GetProperty("jobs").EnumerateArray(), j => j.GetProperty("run").ValueKind == JsonValueKind.Number && j.GetProperty("run").GetInt64() == run);
        // The page lists the job the API started: one queue.
        Assert.Contains($"done: run #{run}", await analyst.GetStringAsync("forecasting"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_RefusedAsThePageRefusesIt_AndOnlyAnalystsStartOne()
    {
        HttpClient analyst = await host.ApiClientAsync("analyst");

        // A mistake the check finds before it looks at the store: the answer does not depend on whether the other test has imported yet.
        HttpResponseMessage bad = await analyst.PostAsJsonAsync("api/forecasting/backtests", new { force = SyntheticForce.Slug, methods = "naive,crystal-ball" });
        HttpResponseMessage supervisor = await (await host.ApiClientAsync("supervisor")).PostAsJsonAsync("api/forecasting/backtests", new { force = SyntheticForce.Slug });
        HttpResponseMessage noToken = await (await host.ClientAsync("analyst")).PostAsJsonAsync("api/forecasting/backtests", new { force = SyntheticForce.Slug });
        HttpResponseMessage officer = await (await host.ApiClientAsync("officer")).GetAsync("api/forecasting");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.StartsWith("Methods: 'crystal-ball' is not a method", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            StringComparison.Ordinal); // the page's words
        Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("antiforgery", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("api/forecasting/backtests/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("api/forecasting/jobs/999999")).StatusCode);

        JsonElement paths = (await analyst.GetFromJsonAsync<JsonElement>("openapi/v1.json")).GetProperty("paths");
        foreach (string path in (string[])["/api/forecasting", "/api/forecasting/backtests", "/api/forecasting/backtests/{id}", "/api/forecasting/jobs/{id}"])
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }
}
