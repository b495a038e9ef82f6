using System.Text.RegularExpressions;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// The journeys of issue #3 with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7), on the demo's fictional force: the analyst
/// signs in, explains a place from the table, suppresses one and adds one, and publishes; the officer, on a phone with a
/// keyboard (or a switch, which moves as Tab does), records "arrived" and "left". Every control is reached by Tab alone,
/// and each shows where the focus is; the focus on each control is saved as a screenshot, to look at.
/// </summary>
public sealed class KeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Enough for the longest walk: the tasking page's menu, filters, map and twenty rows before its forms.
    private const int MostTabs = 80;

    [BrowserFact]
    public Task TaskingAdjustPublish_ThenArrivedLeft_WithTheKeyboardAlone() => browser.RunAsync("keyboard", async run =>
    {
        DemoData.Import(browser.Host.Database);

        IPage analyst = await run.DesktopAsync();
        await analyst.GotoAsync("login");
        await SignInAsync(run, analyst, "analyst");
        await Expect(analyst).ToHaveURLAsync(new Regex("/tasking$"));
        await DemoData.TaskingListShownAsync(analyst);

        // The first Tab on a page offers the skip link, which jumps past the menu.
        await analyst.Keyboard.PressAsync("Tab");
        await AssertFocusShownAsync(analyst, "a.skip");
        await run.ShotAsync(analyst, "focus-skip-link");

        // A place explained from the table: its name is a button.
        await TabToAsync(analyst, "#places tbody tr:first-child button");
        await run.ShotAsync(analyst, "focus-place-in-table");
        await analyst.Keyboard.PressAsync("Enter");
        await Expect(analyst.Locator("#explain h2")).ToHaveTextAsync(new Regex("^#1 "));
        string suppressed = (await analyst.Locator("#places tbody tr:nth-child(2) button").InnerTextAsync()).Split(" · ")[^1];

        await AdjustAsync(run, analyst, suppressed, add: false, "building site, no public access");
        await Expect(analyst.Locator(".notice[role=status]")).ToContainTextAsync("Recorded suppress");
        await DemoData.TaskingListShownAsync(analyst);
        await AdjustAsync(run, analyst, "52.5600,-1.4700", add: true, "local intelligence: groups gathering after school");
        await Expect(analyst.Locator(".notice[role=status]")).ToContainTextAsync("Recorded add");
        await DemoData.TaskingListShownAsync(analyst);

        await TabToAsync(analyst, "#publish-form input[name=Note]");
        await analyst.Keyboard.TypeAsync("published from the keyboard");
        await TabToAsync(analyst, "#publish");
        await run.ShotAsync(analyst, "focus-publish");
        await SendAsync(analyst);
        await Expect(analyst).ToHaveURLAsync(new Regex(@"/briefing\?id=\d+$"));

        IPage phone = await run.PhoneAsync();
        await phone.GotoAsync("login");
        await SignInAsync(run, phone, "officer");
        await Expect(phone).ToHaveURLAsync(new Regex("/patrol$"));
        await TabToAsync(phone, "#patrol-list li:first-child a");
        await run.ShotAsync(phone, "focus-patrol-place");
        await SendAsync(phone);
        await TabToAsync(phone, "#arrived");
        await run.ShotAsync(phone, "focus-arrived");
        await SendAsync(phone);
        await Expect(phone.Locator("#message")).ToContainTextAsync("Arrived at place 1");
        await TabToAsync(phone, "#left");
        await run.ShotAsync(phone, "focus-left");
        await SendAsync(phone);
        await Expect(phone.Locator("#message")).ToContainTextAsync("Left place 1");
        await Expect(phone.Locator("#my-visits li")).ToHaveTextAsync([new Regex(@"^\d\d:\d\d – \d\d:\d\d$")]);
    });

    /// <summary>On the sign-in page: the user name has the focus already; Tab to the password, Enter sends.</summary>
    private static async Task SignInAsync(BrowserRun run, IPage page, string user)
    {
        await Expect(page.Locator("input[name=UserName]")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(user);
        await TabToAsync(page, "input[name=Password]");
        await page.Keyboard.TypeAsync(WebHost.Password);
        await TabToAsync(page, "button[type=submit]");
        await run.ShotAsync(page, "focus-sign-in-" + user);
        await SendAsync(page);
    }

    /// <summary>The analyst's form: Tab to the place, type it, choose the action with the arrow keys, give the reason, Enter.</summary>
    private static async Task AdjustAsync(BrowserRun run, IPage page, string cell, bool add, string reason)
    {
        await TabToAsync(page, "#adjust-cell");
        await page.Keyboard.TypeAsync(cell);
        await TabToAsync(page, "#adjust-form select[name=Action]");
        if (add)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(page.Locator("#adjust-form select[name=Action]")).ToHaveValueAsync("add");
            await run.ShotAsync(page, "focus-action");
        }

        await TabToAsync(page, "#adjust-form input[name=Reason]");
        await page.Keyboard.TypeAsync(reason);
        await SendAsync(page);
    }

    /// <summary>Presses Enter on a link or in a form, and waits for the page it leads to.</summary>
    private static async Task SendAsync(IPage page)
    {
        var loaded = new TaskCompletionSource();
        void OnLoad(object? sender, IPage p) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await page.Keyboard.PressAsync("Enter");
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }

    /// <summary>
    /// Presses Tab until <paramref name="selector"/> has the focus (failing after <see cref="MostTabs"/>), and checks that
    /// it shows it.
    /// </summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (int i = 0; i < MostTabs; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                await AssertFocusShownAsync(page, selector);
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{page.Url}: {MostTabs} presses of Tab did not reach {selector}.");
    }

    /// <summary>The focused element shows the focus: an outline or a ring of shadow (WCAG 2.4.7).</summary>
    private static async Task AssertFocusShownAsync(IPage page, string selector)
    {
        string shown = await page.EvaluateAsync<string>(
            """
            s => {
                const e = document.activeElement;
                if (!e || !e.matches(s)) return 'not focused';
                const c = getComputedStyle(e);
                const ring = (c.outlineStyle !== 'none' && parseFloat(c.outlineWidth) >= 2) || c.boxShadow !== 'none';
                return ring ? 'shown' : 'outline ' + c.outlineStyle + ' ' + c.outlineWidth;
            }
            """, selector);
        Assert.True(shown == "shown", $"{page.Url}: {selector} with the focus: {shown}");
    }
}
