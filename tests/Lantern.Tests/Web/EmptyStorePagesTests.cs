namespace Lantern.Tests.Web;

/// <summary>
/// A new force's first day: pages over a store with nothing in it yet say so, and what to do, in the page's own terms
/// (not a table of headings over nothing, a page without a heading, or a command-line command when the page can do it).
/// </summary>
public sealed class EmptyStorePagesTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task Coverage_WithNothingImported_SaysSo_AndWhereToImport()
    {
        string analysts = await (await host.ClientAsync("analyst")).GetStringAsync("coverage");
        string administrators = await (await host.ClientAsync("administrator")).GetStringAsync("coverage");

        Assert.Contains("id=\"nothing-imported\"", analysts, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/import\">", analysts, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"coverage\"", analysts, StringComparison.Ordinal);
        // Only analysts import: the others are told who does, not sent to a page they may not open.
        Assert.Contains("An analyst imports", administrators, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"/import\">", administrators, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScrutinyReport_WithNoFigures_HasItsHeading_AndNoEmptyChoiceOfForce()
    {
        string page = await (await host.ClientAsync("scrutiny")).GetStringAsync("stop-search/scrutiny");

        Assert.Contains("<h1>Stop and search: scrutiny panel report</h1>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"error\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<select name=\"force\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offenders_BeforeAnyScoring_OfferTheScoring_NotACommandLineCommand()
    {
        // The list's form led to "no offender scoring yet: run 'lantern offenders score' first", with the scoring on the same page.
        string page = await (await host.ClientAsync("public-protection")).GetStringAsync("offenders");

        Assert.Contains("id=\"nothing-scored\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"justify\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"score\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("lantern offenders score", page, StringComparison.Ordinal);
    }
}
