using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Offenders;

/// <summary>
/// One person's score explained, the decisions on them, and the supervisor's review form (public protection only;
/// audited). The person id and the justification come only in POST bodies: an address would leave them in browser
/// history, the Referer header and a proxy's access log, where erasure cannot reach them.
/// </summary>
internal sealed class PersonModel(StoreAccess stores, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? Justification { get; set; }

    public string? Message { get; private set; }

    public StoredScore? Score { get; private set; }

    public IReadOnlyList<StoredReview> Reviews { get; private set; } = [];

    public string? Error { get; private set; }

    // A person is chosen from the list (a POST); an address names nobody, so there is nothing to show at one.
    public IActionResult OnGet() => Redirect("/offenders");

    /// <summary>The person's explanation, for the id and justification in the body (audited).</summary>
    public IActionResult OnPost()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            return Redirect("/offenders");
        }

        Show();
        return Page();
    }

    // The decision's outcome is rendered here rather than by a redirect, which would have to name the person in its address.
    public IActionResult OnPostReview(string? decision, string? reason)
    {
        try
        {
            using LanternStore store = stores.Open();
            StoredReview r = OffenderDecisions.Review(store, null, Id ?? string.Empty, decision, reason, AuditTrail.ActorOf(User), Justification, time.GetUtcNow(),
                AuditTrail.ClientOf(HttpContext));
            Message = $"Recorded: {r.Decision}.";
        }
        catch (CliException e)
        {
            Error = WebText.FromCli(e.Message);
        }

        Show();
        return Page();
    }

    private void Show()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            Error ??= "no person chosen: open one from the list";
            return;
        }

        try
        {
            using LanternStore store = stores.Open();
            Score = OffenderRun.Explain(store, null, Id.Trim(), AuditTrail.ActorOf(User), Justification, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext));
            Reviews = OffenderStore.Reviews(store, Score.PersonId);
        }
        catch (CliException e)
        {
            Error ??= WebText.FromCli(e.Message);
        }
    }
}
