using Lantern.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>The start page is each role's main page.</summary>
internal sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(
        User.IsInRole(Roles.Analyst) || User.IsInRole(Roles.Supervisor) ? "/tasking"
        : User.IsInRole(Roles.Officer) ? "/patrol"
        : User.IsInRole(Roles.Administrator) ? "/admin/accounts"
        : User.IsInRole(Roles.Scrutiny) ? "/stop-search/scrutiny"
        : "/coverage");
}
