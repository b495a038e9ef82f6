using System.Net;
using System.Text.RegularExpressions;

namespace Lantern.Tests.Web;

/// <summary>Where each role lands and how the menu shows where they are.</summary>
public sealed class StartPageTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task StartPage_EveryRole_LandsOnAPageItsRolesMayOpen()
    {
        // Public protection used to be sent to the coverage page, which is not theirs: signing in ended on "Not allowed".
        var failures = new List<string>();
        foreach (string role in WebHost.s_users)
        {
            HttpClient client = await host.ClientAsync(role);
            HttpResponseMessage start = await client.GetAsync(new Uri("/", UriKind.Relative));
            string? target = start.Headers.Location?.OriginalString;
            HttpResponseMessage landed = target is null ? start : await client.GetAsync(new Uri(target, UriKind.Relative));
            if (start.StatusCode != HttpStatusCode.Redirect || landed.StatusCode != HttpStatusCode.OK || target == "/denied")
            {
                failures.Add($"{role}: / -> {target} -> {(int)landed.StatusCode} {landed.Headers.Location}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Denied_LeadsBackToTheStartPage()
    {
        // A scrutiny panel member following an old link to the dashboard was left on "Not allowed" with no way on but the menu.
        HttpClient panel = await host.ClientAsync("scrutiny");

        string page = await panel.GetStringAsync("denied");

        Assert.Contains("<a href=\"/\" id=\"start\">Back to your start page</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_MarksTheCurrentPage_AndItsSection_AndOffersTheBriefing()
    {
        HttpClient analyst = await host.ClientAsync("analyst");

        string coverage = await analyst.GetStringAsync("coverage");
        string tab = await analyst.GetStringAsync("stop-search/section60");

        Assert.Contains("<a href=\"/coverage\" aria-current=\"page\">Coverage</a>", coverage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tasking\">Tasking</a>", coverage, StringComparison.Ordinal); // only one entry is current
        Assert.Single(coverage.Split("aria-current=").Skip(1));
        Assert.Contains("<a href=\"/briefing\">Briefing</a>", coverage, StringComparison.Ordinal); // reachable without a publication's link
        // Section 60 is a menu entry of its own, not a tab of stop and search.
        Assert.Contains("<a href=\"/stop-search/section60\" aria-current=\"page\">", tab, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/stop-search\">Stop and search</a>", tab, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_GivesEachTimeAsAClockReads_TheStoredInstantKeptBehindIt()
    {
        // "2026-11-21T17:11:45Z" broke over two lines of its column.
        string page = await (await host.ClientAsync("administrator")).GetStringAsync("admin/audit");

        Assert.Matches(new Regex("""<td class="nowrap"><time datetime="\d{4}-\d\d-\d\dT[0-9:.]+Z">\d{4}-\d\d-\d\d [0-9:.]+</time></td>"""), page);
    }
}
