using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin;

/// <summary>
/// Subject access (administrators): everything held about a person id and every disclosure of it; each request audited
/// with its justification. The id and the justification come in a POST body, never in an address.
/// </summary>
internal sealed class SubjectAccessModel(StoreAccess stores, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? Justification { get; set; }

    public SubjectAccessReport? Report { get; private set; }

    public string? Error { get; private set; }

    // A GET shows the request form only (no handler needed).
    public void OnPost()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            Error = "a person id is required";
            return;
        }

        try
        {
            using LanternStore store = stores.Open();
            Report = OffenderDecisions.SubjectAccess(store, Id.Trim(), AuditTrail.ActorOf(User), Justification, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext));
        }
        catch (CliException e)
        {
            Error = WebText.FromCli(e.Message);
        }
    }
}
