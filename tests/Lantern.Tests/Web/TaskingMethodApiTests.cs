using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Data.Generation;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>The tasking data endpoint's method filter: it reaches the analysis and is recorded with the run.</summary>
public sealed class TaskingMethodApiTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task MethodFilter_GiStar_ListsOnlyHotSpots_AndAnUnknownMethodIsRefused()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli), "--db", host.Database);
        HttpClient analyst = await host.ClientAsync("analyst");
        string query = $"api/tasking?force={SyntheticForce.Slug}&date=2025-02-03&top=15";

        JsonElement count = await analyst.GetFromJsonAsync<JsonElement>(query);
        JsonElement gistar = await analyst.GetFromJsonAsync<JsonElement>(query + "&method=gistar");

        Assert.Equal("count", count.GetProperty("parameters").GetProperty("method").GetString());
        Assert.Equal("gistar", gistar.GetProperty("parameters").GetProperty("method").GetString());
        Assert.NotEqual(count.GetProperty("run").GetInt64(), gistar.GetProperty("run").GetInt64()); // not the cached count list
        Assert.All(gistar.GetProperty("result").GetProperty("places").EnumerateArray(), p =>
            Assert.True(p.GetProperty("giStar").GetProperty("significant").GetBoolean() && p.GetProperty("giStar").GetProperty("z").GetDouble() > 0));

        HttpResponseMessage unknown = await analyst.GetAsync(query + "&method=magic");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("count, gistar, naive", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MethodFilter_ForecastMethodAndChosen_ReachTheAnalysis_AndTheCacheFollowsTheChoice()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli), "--db", host.Database);
        HttpClient analyst = await host.ClientAsync("analyst");
        string query = $"api/tasking?force={SyntheticForce.Slug}&date=2025-02-04&top=10";

        JsonElement kde = await analyst.GetFromJsonAsync<JsonElement>(query + "&method=kde");
        Assert.Equal("kde", kde.GetProperty("parameters").GetProperty("forecastMethod").GetString());
        Assert.Equal("2025-02-04", kde.GetProperty("parameters").GetProperty("forecastTarget").GetString());

        cli.RunOk("backtest", "--db", host.Database, "--force", SyntheticForce.Slug, "--from", "2024-12", "--to", "2025-01",
            "--methods", "naive", "--coverage", "5", "--choose", "5");
        JsonElement chosen = await analyst.GetFromJsonAsync<JsonElement>(query + "&method=chosen");
        Assert.Equal("naive", chosen.GetProperty("parameters").GetProperty("forecastMethod").GetString());

        // A new choice: the same filters give a list made with it, not the cached one.
        cli.RunOk("backtest", "--db", host.Database, "--force", SyntheticForce.Slug, "--from", "2024-12", "--to", "2025-01",
            "--methods", "retro", "--coverage", "5", "--choose", "5");
        JsonElement again = await analyst.GetFromJsonAsync<JsonElement>(query + "&method=chosen");
        Assert.Equal("retro", again.GetProperty("parameters").GetProperty("forecastMethod").GetString());
        Assert.NotEqual(chosen.GetProperty("run").GetInt64(), again.GetProperty("run").GetInt64());
    }
}
