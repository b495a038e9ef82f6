using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

internal sealed class LogoutModel(AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        audit.Record(HttpContext, "sign-out");
        await SignInService.SignOutAsync(HttpContext);
        return Redirect("/login");
    }
}
