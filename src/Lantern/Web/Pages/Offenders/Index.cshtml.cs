using System.Text;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Core.Forces;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Web.Endpoints;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Offenders;

/// <summary>
/// The offender list with the fairness report beside it (public protection only). Nothing person-level is shown until
/// the user gives a justification, and each showing, scoring and export is audited with it (DPA 2018 s.62). The
/// justification and the area travel in POST bodies, never in an address: browser history, the Referer header and a
/// proxy's access log would keep them where neither erasure nor the audit log reaches.
/// </summary>
internal sealed class IndexModel(StoreAccess stores, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Justification { get; set; }

    public string? Message { get; private set; }

    /// <summary>The area whose census residents benchmark the list's ethnicity; null for the run's or the default.</summary>
    [BindProperty]
    public string? Area { get; set; }

    /// <summary>The forces and boroughs the store holds census residents for: (value, label).</summary>
    public IReadOnlyList<(string Value, string Label)> Areas { get; private set; } = [];

    public OffenderRunResult? Result { get; private set; }

    public string? Error { get; private set; }

    public int ManagedCount { get; private set; }

    /// <summary>The justification form and the area chooser: nothing person-level.</summary>
    public void OnGet()
    {
        using LanternStore store = stores.Open();
        LoadAreas(store);
    }

    /// <summary>The list, shown for the justification in the body (audited).</summary>
    public void OnPost()
    {
        using LanternStore store = stores.Open();
        LoadAreas(store);
        try
        {
            Result = OffenderRun.List(store, null, 100, AuditTrail.ActorOf(User), Justification, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext),
                censusArea: string.IsNullOrWhiteSpace(Area) ? null : Area);
            ManagedCount = OffenderStore.Managed(store).Count;
        }
        catch (CliException e)
        {
            Error = WebText.FromCli(e.Message);
        }
    }

    // The new run's list is rendered here rather than by a redirect: a redirect would have to carry the justification in its address.
    public void OnPostScore(string? asOf)
    {
        using LanternStore store = stores.Open();
        LoadAreas(store);
        try
        {
            OffenderScoreRequest request = new OffenderScoreBody(Justification, asOf).ToRequest(AuditTrail.ActorOf(User));
            Result = OffenderRun.Score(store, request, time.GetUtcNow(), AuditTrail.ClientOf(HttpContext));
            ManagedCount = OffenderStore.Managed(store).Count;
            Message = $"Scored: run {Result.Run.Id}.";
        }
        catch (CliException e)
        {
            Error = WebText.FromCli(e.Message);
        }
    }

    public IActionResult OnPostExport(string? recipient, bool managed)
    {
        try
        {
            using LanternStore store = stores.Open();
            var text = new StringWriter();
            (long id, _) = OffenderDecisions.Export(store, null, managed, 100, text, recipient, AuditTrail.ActorOf(User), Justification, time.GetUtcNow(),
                AuditTrail.ClientOf(HttpContext));
            return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"offenders-export-{id}-OFFICIAL-SENSITIVE.csv");
        }
        catch (CliException e)
        {
            using LanternStore store = stores.Open();
            LoadAreas(store);
            Error = WebText.FromCli(e.Message);
            return Page();
        }
    }

    /// <summary>No scoring was found when the page was asked for: it offers the scoring, not a list there is none of.</summary>
    public bool NothingScored { get; private set; }

    private void LoadAreas(LanternStore store)
    {
        Areas = [.. PopulationQuery.Forces(store).Select(f => (f, $"{PoliceForces.Find(f)?.Name ?? f} (force)")),
            .. PopulationQuery.Boroughs(store).Select(b => (b.Code, $"{b.Name ?? b.Code} (borough {b.Code})"))];
        NothingScored = OffenderStore.LatestRun(store) is null;
    }
}
