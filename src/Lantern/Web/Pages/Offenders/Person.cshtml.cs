using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Offenders;

/// <summary>One person's score explained, the decisions on them, and the supervisor's review form (public protection only; audited).</summary>
// Person-level and OFFICIAL-SENSITIVE: no browser or proxy keeps a copy (a shared terminal's back button, a disk cache) that erasure cannot reach.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
internal sealed class PersonModel(StoreAccess stores, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Justification { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Message { get; set; }

    public StoredScore? Score { get; private set; }

    public IReadOnlyList<StoredReview> Reviews { get; private set; } = [];

    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            return Redirect("/offenders");
        }

        if (Justification is null)
        {
            return Page();
        }

        try
        {
            using LanternStore store = stores.Open();
            Score = OffenderRun.Explain(store, null, Id, AuditTrail.ActorOf(User), Justification, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext));
            Reviews = OffenderStore.Reviews(store, Id);
        }
        catch (CliException e)
        {
            Error = e.Message;
        }

        return Page();
    }

    public IActionResult OnPostReview(string? decision, string? reason)
    {
        try
        {
            using LanternStore store = stores.Open();
            StoredReview r = OffenderDecisions.Review(store, null, Id ?? string.Empty, decision, reason, AuditTrail.ActorOf(User), Justification, time.GetUtcNow(),
                AuditTrail.ClientOf(HttpContext));
            return Redirect($"/offenders/person?id={Uri.EscapeDataString(r.PersonId)}&justification={Uri.EscapeDataString(Justification!)}" +
                $"&message={Uri.EscapeDataString($"Recorded: {r.Decision}.")}"); // justified, or Review threw
        }
        catch (CliException e)
        {
            Error = e.Message;
            return Page();
        }
    }
}
