using System.Text;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Core.Forces;
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
// Person-level and OFFICIAL-SENSITIVE: no browser or proxy keeps a copy (a shared terminal's back button, a disk cache) that erasure cannot reach.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
internal sealed class IndexModel(StoreAccess stores, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Justification { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Message { get; set; }

    /// <summary>The area whose census residents benchmark the list's ethnicity; null for the run's or the default.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    /// <summary>The forces and boroughs the store holds census residents for: (value, label).</summary>
    public IReadOnlyList<(string Value, string Label)> Areas { get; private set; } = [];

    public OffenderRunResult? Result { get; private set; }

    public string? Error { get; private set; }

    public int ManagedCount { get; private set; }

    public void OnGet()
    {
        using LanternStore store = stores.Open();
        Areas = [.. PopulationQuery.Forces(store).Select(f => (f, $"{PoliceForces.Find(f)?.Name ?? f} (force)")),
            .. PopulationQuery.Boroughs(store).Select(b => (b.Code, $"{b.Name ?? b.Code} (borough {b.Code})"))];
        if (Justification is null)
        {
            return;
        }

        try
        {
            Result = OffenderRun.List(store, null, 100, AuditTrail.ActorOf(User), Justification, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext),
                censusArea: string.IsNullOrWhiteSpace(Area) ? null : Area);
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
