using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin;

/// <summary>Subject access (administrators): everything held about a person id and every disclosure of it; each request audited with its justification.</summary>
// Person-level and OFFICIAL-SENSITIVE: no browser or proxy keeps a copy (a shared terminal's back button, a disk cache) that erasure cannot reach.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
internal sealed class SubjectAccessModel(StoreAccess stores, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Justification { get; set; }

    public SubjectAccessReport? Report { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Id) || Justification is null)
        {
            return;
        }

        try
        {
            using LanternStore store = stores.Open();
            Report = OffenderDecisions.SubjectAccess(store, Id.Trim(), AuditTrail.ActorOf(User), Justification, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext));
        }
        catch (CliException e)
        {
            Error = e.Message;
        }
    }
}
