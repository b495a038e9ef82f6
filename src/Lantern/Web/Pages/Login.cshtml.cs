using Lantern.Web.Endpoints;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Pages;

/// <summary>The sign-in form: its attempts share the API's per-address limit (POST /api/session), so the form is no way around it.</summary>
[EnableRateLimiting(SessionEndpoints.SignInRateLimit)]
internal sealed class LoginModel(SignInService signIn) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        Message = await signIn.SignInAsync(HttpContext, UserName ?? string.Empty, Password ?? string.Empty);
        if (Message is not null)
        {
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
