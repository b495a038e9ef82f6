using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>Signing in as a person does: typing into the sign-in form, key by key, and pressing the button.</summary>
internal static class LoginPage
{
    /// <summary>Fills and sends the form on the page already open (the sign-in page, or where a page sent the person).</summary>
    public static async Task SubmitAsync(IPage page, string user, string password, bool touch = false)
    {
        ILocator name = page.GetByLabel("User name");
        await name.ClearAsync();
        await name.PressSequentiallyAsync(user);
        await page.GetByLabel("Password").PressSequentiallyAsync(password);
        ILocator button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" });
        await (touch ? button.TapAsync() : button.ClickAsync());
    }

    /// <summary>Opens the sign-in page and signs in.</summary>
    public static async Task SignInAsync(IPage page, string user, string password, bool touch = false)
    {
        await page.GotoAsync("login");
        await SubmitAsync(page, user, password, touch);
    }
}
