using Lantern.Web;

namespace Lantern.Tests.Web;

public sealed class WebTextTests
{
    [Theory]
    [InlineData("--months must be between 1 and 60", "Months must be between 1 and 60")]
    [InlineData("The database holds several forces (gwent, metropolitan): choose one with --force.", "The database holds several forces (gwent, metropolitan): choose one with ‘Force’.")]
    [InlineData("--date '2026-13-45' is not a date (yyyy-MM-dd)", "Date '2026-13-45' is not a date (yyyy-MM-dd)")]
    [InlineData("lantern.db holds no crimes: import data first ('lantern import <path>').", "lantern.db holds no crimes: import data first on the Import page.")]
    [InlineData("--harm-file x.csv: no such file", "--harm-file x.csv: no such file")] // no page has it
    public void FromCli_NamesThePagesFields_NotTheCommandsOptions(string cli, string web) => Assert.Equal(web, WebText.FromCli(cli));

    [Fact]
    public async Task TheTaskingApi_SaysWhichFilterIsWrong_AsThePageNamesIt()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient analyst = await host.ClientAsync("analyst");

        HttpResponseMessage r = await analyst.GetAsync("api/tasking?force=lantern-demo&months=99");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Months must be between 1 and 60", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
