using Lantern.Web.Endpoints;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Pages;

/// <summary>
/// Anyone signed in with a Lantern password changes it here; after an administrator has set it (a new account or a
/// reset), every page leads here first (<see cref="PasswordChangeGate"/>). Attempts share sign-in's per-address limit.
/// </summary>
[EnableRateLimiting(SessionEndpoints.SignInRateLimit)]
internal sealed class PasswordModel(SignInService signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public bool Changed { get; private set; }

    /// <summary>The administrator set this password: the holder must choose their own before anything else.</summary>
    public bool Required => User.HasClaim(SignInService.MustChangeClaim, "1");

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? repeatPassword)
    {
        bool required = Required;
        Message = await signIn.ChangePasswordAsync(HttpContext, currentPassword ?? string.Empty, newPassword ?? string.Empty, repeatPassword ?? string.Empty);
        if (Message is not null)
        {
            return Page();
        }

        if (required)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Changed = true;
        return Page();
    }
}
