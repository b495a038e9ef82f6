using Lantern.Analysis.Scrutiny;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>
/// The scrutiny panel's monthly report (docs/stop-search.md): aggregates only, small numbers suppressed; the page a
/// scrutiny panel lands on and the only one it may open. The same report as <c>lantern stopsearch report</c> and its
/// CSV; each view recorded as a run and in the audit log.
/// </summary>
internal sealed class ScrutinyModel(StoreAccess stores, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Force { get; set; }

    /// <summary>yyyy-MM; blank: the latest month with searches.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public IReadOnlyList<string> Forces { get; private set; } = [];

    public ScrutinyReport? Report { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
        using LanternStore store = stores.Open();
        Forces = StopSearchQuery.ForceList(store);
        if (Forces.Count == 0)
        {
            Error = "There are no stop-and-search figures yet: the force's data has not been imported.";
            return;
        }

        try
        {
            Report = ScrutinyReportRun.Compute(store, Force, Month, AuditTrail.ActorOf(User), "page", AuditTrail.ClientOf(HttpContext), time);
        }
        catch (CliException e)
        {
            // The command line's message names the database; a panel need not see where it lives.
            Error = WebText.FromCli(e.Message.Replace(store.Name, "the store", StringComparison.Ordinal));
        }
    }
}
