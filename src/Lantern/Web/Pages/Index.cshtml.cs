using Lantern.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>
/// The start page is each role's main page: one its menu has and its roles may open (public protection's is the offender
/// list: it was sent to the coverage page, which is not theirs, and so landed on "Not allowed"). An account without a
/// role is told so.
/// </summary>
internal sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(
        User.IsInRole(Roles.Analyst) || User.IsInRole(Roles.Supervisor) ? "/tasking"
        : User.IsInRole(Roles.Officer) ? "/patrol"
        : User.IsInRole(Roles.Administrator) ? "/admin/accounts"
        : User.IsInRole(Roles.Scrutiny) ? "/stop-search/scrutiny"
        : User.IsInRole(Roles.PublicProtection) ? "/offenders"
        : "/denied");
}
