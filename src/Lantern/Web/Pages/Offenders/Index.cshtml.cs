using System.Text;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Offenders;

/// <summary>
/// The offender list with the fairness report beside it (public protection only). Nothing person-level is shown until
/// the user gives a justification, and each showing, scoring and export is audited with it (DPA 2018 s.62).
/// </summary>
internal sealed class IndexModel(StoreAccess stores, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Justification { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Message { get; set; }

    public OffenderRunResult? Result { get; private set; }

    public string? Error { get; private set; }

    public int ManagedCount { get; private set; }

    public void OnGet()
    {
        if (Justification is null)
        {
            return;
        }

        try
        {
            using LanternStore store = stores.Open();
            Result = OffenderRun.List(store, null, 100, AuditTrail.ActorOf(User), Justification, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext));
            ManagedCount = OffenderStore.Managed(store).Count;
        }
        catch (CliException e)
        {
            Error = e.Message;
        }
    }

    public IActionResult OnPostScore(string? justification, string? asOf)
    {
        try
        {
            using LanternStore store = stores.Open();
            OffenderRunResult r = OffenderRun.Score(store, new OffenderScoreRequest
            {
                AsOf = string.IsNullOrWhiteSpace(asOf) ? null : asOf,
                By = AuditTrail.ActorOf(User),
                Justification = justification,
            }, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext));
            return Redirect($"/offenders?justification={Uri.EscapeDataString(justification!)}&message={Uri.EscapeDataString($"Scored: run {r.Run.Id}.")}"); // justified
        }
        catch (CliException e)
        {
            Error = e.Message;
            Justification = justification;
            return Page();
        }
    }

    public IActionResult OnPostExport(string? recipient, string? justification, bool managed)
    {
        try
        {
            using LanternStore store = stores.Open();
            var text = new StringWriter();
            (long id, _) = OffenderDecisions.Export(store, null, managed, 100, text, recipient, AuditTrail.ActorOf(User), justification, time.GetUtcNow(),
                AuditTrail.ClientOf(HttpContext));
            return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"offenders-export-{id}-OFFICIAL-SENSITIVE.csv");
        }
        catch (CliException e)
        {
            Error = e.Message;
            Justification = justification;
            return Page();
        }
    }
}
