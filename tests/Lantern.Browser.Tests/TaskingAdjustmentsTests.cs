using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Data.Generation;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// The tasking page's place adjustments and figures in a real browser, on the demo's fictional force: an analyst
/// suppresses a place and sees it listed below the list (what, where, why, who, when, and what it did to the list); a
/// supervisor reviewing the list sees the same, without a Withdraw button; the analyst withdraws it and the place is back
/// on the list, the notice that said it was recorded now saying it was withdrawn. The page's figures are the server's: each place's harm as its reason gives it, the run's seed whole.
/// Screenshots of each step.
/// </summary>
public sealed class TaskingAdjustmentsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Tasking = $"tasking?force={SyntheticForce.Slug}";

    [BrowserFact]
    public Task Suppression_ListedForTheSupervisor_WithdrawnByTheAnalyst_AndTheFiguresAreTheServers() => browser.RunAsync("adjustments", async run =>
    {
        DemoData.Import(browser.Host.Database);
        IPage analyst = await run.DesktopAsync();
        await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
        await analyst.GotoAsync(Tasking);
        await DemoData.TaskingListShownAsync(analyst);
        await DemoData.AdjustmentsShownAsync(analyst);
        await Expect(analyst.Locator("#adjustments-status")).ToContainTextAsync("No places are added or suppressed");
        await Expect(analyst.Locator("#adjustment-list")).ToBeHiddenAsync();

        // Every figure as the server wrote it: harm as the reasons give it (not rounded again by the browser), the seed whole.
        JsonElement list = (await (await analyst.APIRequest.GetAsync($"api/{Tasking}")).JsonAsync())!.Value; // an OK answer has a body
        JsonElement[] places = [.. list.GetProperty("result").GetProperty("places").EnumerateArray()];
        IReadOnlyList<string> harmCells = await analyst.Locator("#places tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.Equal(places.Select(p => Regex.Match(p.GetProperty("reason").GetString()!, @"harm ([\d,]+) ").Groups[1].Value), harmCells);
        string seed = list.GetProperty("parameters").GetProperty("seed").GetString()!;
        await Expect(analyst.Locator("#run")).ToContainTextAsync($"seed {seed} ·");
        await Expect(analyst.Locator("#run")).ToContainTextAsync($"seed: {seed} (derived");

        // The second place suppressed, as an analyst does it: the form, then the page again.
        string cell = places[1].GetProperty("cell").GetString()!;
        ILocator form = analyst.Locator("#adjust-form");
        await form.Locator("input[name=Cell]").FillAsync(cell);
        await form.Locator("select[name=Action]").SelectOptionAsync("suppress");
        await form.Locator("input[name=Reason]").FillAsync("building site, no public access");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(analyst.Locator(".notice[role=status]")).ToContainTextAsync("Recorded suppress");
        await DemoData.TaskingListShownAsync(analyst);
        await DemoData.AdjustmentsShownAsync(analyst);
        ILocator row = analyst.Locator("#adjustment-list tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        // Its number, what, where, why, who, when (UK time) and what it did to the list.
        await Expect(row.Locator("td")).ToHaveTextAsync([new Regex(@"^\d+$"), Exactly("suppressed"), Exactly(cell), Exactly("building site, no public access"),
            Exactly("analyst"), new Regex(@"^\d{1,2} \w{3} \d{4}, \d\d:\d\d$"), Exactly("Removed from the list; the next place moved up."), Exactly("Withdraw")]);
        await Expect(analyst.Locator("#places tbody")).Not.ToContainTextAsync(cell);
        await run.ShotAsync(analyst, "suppressed");

        // The supervisor reviewing the list before publishing sees what was suppressed, and may not withdraw it.
        IPage supervisor = await run.DesktopAsync();
        await LoginPage.SignInAsync(supervisor, "supervisor", WebHost.Password);
        await supervisor.GotoAsync(Tasking);
        await DemoData.TaskingListShownAsync(supervisor);
        await DemoData.AdjustmentsShownAsync(supervisor);
        await Expect(supervisor.Locator("#adjustment-list tbody tr")).ToContainTextAsync(["building site, no public access"]);
        await Expect(supervisor.Locator("#adjustments button")).ToHaveCountAsync(0);
        await run.ShotAsync(supervisor, "supervisor-reads");

        // Withdrawn: gone from the adjustments, the place back on the list, without leaving the page.
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Withdraw" }).ClickAsync();
        await Expect(analyst.Locator("#adjustments-status")).ToContainTextAsync("Withdrawn: #");
        await DemoData.AdjustmentsShownAsync(analyst);
        await DemoData.TaskingListShownAsync(analyst);
        await Expect(row).ToHaveCountAsync(0);
        await Expect(analyst.Locator("#adjustments-status")).ToBeFocusedAsync();
        await Expect(analyst.Locator("#places tbody tr:nth-child(2)")).ToContainTextAsync(cell);
        // The notice from recording the suppression ("Recorded suppress #…") stayed at the top of the page: it now says
        // what was withdrawn, and is gone from the address, so that reloading does not bring it back.
        await Expect(analyst.Locator("#message")).ToHaveTextAsync(new Regex(@"^Withdrawn: #\d+, suppress " + Regex.Escape(cell) + @"\.$"));
        await Expect(analyst).Not.ToHaveURLAsync(new Regex("message="));
        await run.ShotAsync(analyst, "withdrawn");
        await analyst.ReloadAsync();
        await DemoData.TaskingListShownAsync(analyst);
        await Expect(analyst.Locator(".notice")).ToHaveCountAsync(0);
    });

    private static Regex Exactly(string text) => new("^" + Regex.Escape(text) + "$");
}
