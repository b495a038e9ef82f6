using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>
/// What the stop-and-search pages share: the filters every one of them takes (force and months, from the query string),
/// the forces with searches for the form, and running the page's analysis so that a bad filter is shown as the command
/// line's message on the page, not as an error.
/// </summary>
internal abstract class StopSearchPageModel(StoreAccess stores) : PageModel
{
    /// <summary>Force slug or name; blank: the only force with searches.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Force { get; set; }

    /// <summary>First month, yyyy-MM; blank: 11 months before the last.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Last month, yyyy-MM; blank: the latest month with searches.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The forces with stop-and-search data, most searches first.</summary>
    public IReadOnlyList<string> Forces { get; private set; } = [];

    /// <summary>Why there are no figures: no data, or the filters could not be used.</summary>
    public string? Error { get; private set; }

    /// <summary>The query string of the force and months, for links between the pages.</summary>
    public string Period => string.Join('&', new[] { ("force", Force), ("from", From), ("to", To) }
        .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!.Trim())}"));

    /// <summary>Runs the page's analysis on the store; false, with <see cref="Error"/> set, when there is nothing to show.</summary>
    protected bool TryRun(Action<LanternStore> compute)
    {
        using LanternStore store = stores.Open();
        Forces = StopSearchQuery.ForceList(store);
        if (Forces.Count == 0)
        {
            Error = "The store holds no stop-and-search data yet: an analyst imports the force's files (the Import page, or 'lantern import').";
            return false;
        }

        try
        {
            compute(store);
            return true;
        }
        catch (CliException e)
        {
            // The command line's message names the database; a page need not show where it lives.
            Error = WebText.FromCli(e.Message.Replace(store.Name, "the store", StringComparison.Ordinal));
            return false;
        }
    }
}
