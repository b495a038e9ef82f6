using Lantern.Tests.Cli;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// The demo's fictional force (<c>lantern demo --no-serve</c>: crimes, stop and search, boundaries, offenders) in a test's
/// database, at a tenth of the demo's size: every page has content, and the tests stay quick.
/// </summary>
internal static class DemoData
{
    public static void Import(string db)
    {
        using var cli = new CliRun();
        cli.RunOk("--db", db, "demo", "--no-serve", "--data", Path.Combine(cli.Directory, "data"), "--events", "12000");
    }

    /// <summary>
    /// Waits until the tasking page shows its list, in the table and on the map (the page sets <c>#status[data-places]</c>).
    /// </summary>
    public static Task TaskingListShownAsync(IPage page) =>
        Expect(page.Locator("#status[data-places]")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 60_000 });

    /// <summary>Waits until the tasking page lists the force's adjustments (it sets <c>#adjustments-status[data-shown]</c>, their number).</summary>
    public static Task AdjustmentsShownAsync(IPage page) =>
        Expect(page.Locator("#adjustments-status[data-shown]")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 60_000 });
}
