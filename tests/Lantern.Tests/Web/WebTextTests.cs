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
    // the server's file named in a message: nobody's business on a page
    [InlineData("No crimes for nope in /srv/lantern/lantern.db.", "No crimes for nope.")]
    [InlineData("There is no run #999999 in /tmp/x/demo.db.", "There is no run #999999.")]
    [InlineData("No crimes for x in postgres://lantern@127.0.0.1:5432/lantern: an adjustment", "No crimes for x: an adjustment")]
    // another command is kept as typed (its options are not page fields) and said to be the server's
    [InlineData("No msoa boundaries in the database: import them with 'lantern areas import FILE --level msoa'.",
        "No msoa boundaries in the database: import them with 'lantern areas import FILE --level msoa' on the server.")]
    [InlineData("--area E01: no such area. Import boundaries with 'lantern areas import' (see 'lantern areas list').",
        "Area E01: no such area. Import boundaries with 'lantern areas import' on the server (see 'lantern areas list' on the server).")]
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
