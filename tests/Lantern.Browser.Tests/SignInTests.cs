using System.Text.RegularExpressions;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>The sign-in page in a real browser: where it sends people, what a wrong password shows, signing out.</summary>
public sealed class SignInTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task SignIn_FromAPageThatNeedsIt_RefusesAWrongPassword_ThenReturnsToThatPage() => browser.RunAsync("sign-in", async run =>
    {
        IPage page = await run.DesktopAsync();
        await page.GotoAsync("dosage");
        await Expect(page).ToHaveURLAsync(new Regex(@"/login\?ReturnUrl=%2Fdosage$"));
        await Expect(page.GetByLabel("User name")).ToBeFocusedAsync();
        await run.ShotAsync(page, "login");

        await LoginPage.SubmitAsync(page, "supervisor", "not-the-password");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The user name or password is not right, or the account is locked or disabled.");
        await Expect(page.GetByLabel("User name")).ToHaveValueAsync("supervisor");
        await Expect(page.GetByLabel("Password")).ToBeEmptyAsync();
        await run.ShotAsync(page, "wrong-password");

        await LoginPage.SubmitAsync(page, "supervisor", WebHost.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/dosage$"));
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Patrol dosage");
        await Expect(page.Locator("form.signout")).ToContainTextAsync("supervisor");
        await run.ShotAsync(page, "signed-in");

        // The menu says where the reader is; nothing published yet, the page says how a list is; from the keyboard, the
        // first Tab offers to skip the menu and Enter lands on the page.
        await Expect(page.Locator("nav a[aria-current=page]")).ToHaveTextAsync("Dosage");
        await Expect(page.Locator("#none-published")).ToContainTextAsync("Nothing has been published yet");
        await page.Keyboard.PressAsync("Tab");
        ILocator skip = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Skip to the page" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await run.ShotAsync(page, "skip-link");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GotoAsync("dosage");
        await Expect(page).ToHaveURLAsync(new Regex(@"/login\?ReturnUrl=%2Fdosage$"));
    });
}
