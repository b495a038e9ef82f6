namespace Lantern.Tests.Web;

/// <summary>The tasking page's server side, without a browser (the browser tests drive the map).</summary>
public sealed class TaskingPageTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task TaskingPage_WithNoCrimesInTheStore_SaysSoAndDoesNotAskTheApi()
    {
        // It used to load the map, ask the API for a list and show the API's refusal, which names the server's database
        // file and a command-line command.
        HttpClient analyst = await host.ClientAsync("analyst");
        string page = await analyst.GetStringAsync("tasking");
        Assert.Contains("id=\"no-data\"", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/import\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("tasking.js", page, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Database, page, StringComparison.Ordinal);
    }
}
