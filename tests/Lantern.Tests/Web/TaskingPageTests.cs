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

    [Fact]
    public async Task TaskingPage_ADateThatIsNoDate_SaysSo_AndIsForToday()
    {
        HttpClient analyst = await host.ClientAsync("analyst");
        string today = Lantern.Core.Time.UkTime.DateOf(DateTimeOffset.UtcNow).ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

        string page = System.Net.WebUtility.HtmlDecode(await analyst.GetStringAsync("tasking?date=2026-13-45"));

        Assert.Contains("‘2026-13-45’ is not a date (yyyy-MM-dd): the list is for today.", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>Tasking for {today}</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_HasAnIcon_ServedFromTheAssets()
    {
        HttpClient analyst = await host.ClientAsync("analyst");
        string page = await analyst.GetStringAsync("coverage");
        string icon = System.Text.RegularExpressions.Regex.Match(page, "<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"/([^\"]+)\">").Groups[1].Value;

        HttpResponseMessage r = await analyst.GetAsync(icon);

        Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("image/svg+xml", r.Content.Headers.ContentType?.MediaType);
    }
}
