using System.Text.RegularExpressions;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// The Section 60 pages in a real browser: an analyst draws a locality on the map corner by corner, records the
/// authorisation and sees it on the register with its locality on a map; an administrator reads it without forms.
/// </summary>
public sealed class Section60Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task RecordPage_DrawTheLocality_RecordIt_ThenReadItAsAdministrator() => browser.RunAsync("section60", async run =>
    {
        IPage analyst = await run.DesktopAsync();
        await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
        await analyst.GotoAsync("stop-search/section60/record");
        ILocator map = analyst.Locator("#s60-draw");
        await Expect(map.Locator(".leaflet-pane")).Not.ToHaveCountAsync(0);

        // Four corners, one taken back, then the fourth again: the box holds the polygon the map shows.
        foreach ((int x, int y) in new[] { (150, 120), (260, 120), (260, 220), (200, 200), (150, 220) })
        {
            await map.ClickAsync(new LocatorClickOptions { Position = new Position { X = x, Y = y } });
        }

        await Expect(analyst.Locator("#draw-status")).ToHaveTextAsync("5 corners");
        await analyst.Locator("#draw-undo").ClickAsync();
        await Expect(analyst.Locator("#draw-status")).ToHaveTextAsync("4 corners");
        await Expect(analyst.Locator("#area-geojson")).ToHaveValueAsync(new Regex("""^\{"type":"Polygon","coordinates":\[\[(\[-?[\d.]+,[\d.]+\],){4}\[-?[\d.]+,[\d.]+\]\]\]\}$"""));
        await Expect(map.Locator(".leaflet-overlay-pane path")).ToHaveCountAsync(1);

        await analyst.Locator("input[name='Form.Force']").FillAsync("gwent");
        await analyst.Locator("input[name='Form.Reference']").FillAsync("BROWSER-1");
        await analyst.Locator("input[name='Form.Officer']").FillAsync("Insp Jo Bloggs");
        await analyst.Locator("select[name='Form.Rank']").SelectOptionAsync("inspector");
        await analyst.Locator("textarea[name='Form.Grounds']").FillAsync("Two groups have arranged to fight with knives");
        await analyst.Locator("input[name='Form.Start']").FillAsync("2024-07-20T18:00");
        await analyst.Locator("input[name='Form.End']").FillAsync("2024-07-21T12:00");
        await analyst.Locator("input[name='Form.Locality']").FillAsync("Drawn in a browser");
        await run.ShotAsync(analyst, "record-form");
        await analyst.Locator("#record").ClickAsync();

        await Expect(analyst).ToHaveURLAsync(new Regex(@"/stop-search/section60\?id=\d+"));
        await Expect(analyst.Locator("#message")).ToHaveTextAsync("Recorded BROWSER-1.");
        await Expect(analyst.Locator("#s60-map .leaflet-overlay-pane path")).ToHaveCountAsync(1);
        await Expect(analyst.Locator("#register")).ToContainTextAsync("BROWSER-1");
        await run.ShotAsync(analyst, "recorded");

        IPage admin = await run.DesktopAsync();
        await LoginPage.SignInAsync(admin, "administrator", WebHost.Password);
        await admin.GotoAsync(analyst.Url);
        await Expect(admin.Locator("#s60-map .leaflet-overlay-pane path")).ToHaveCountAsync(1);
        await Expect(admin.Locator("#extend-form")).ToHaveCountAsync(0);
        await Expect(admin.Locator("#record-link")).ToHaveCountAsync(0);
        await run.ShotAsync(admin, "administrator");
    });
}
