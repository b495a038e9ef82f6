using Lantern.Analysis;
using Lantern.Data.Store;
using Lantern.Web.Endpoints;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>
/// The stop-and-search dashboard's summary (docs/stop-search.md): for a force or area, months, powers and ethnicity basis,
/// what <c>lantern stopsearch summary</c> computes, from the same run (recorded with the signed-in account).
/// </summary>
internal sealed class StopSearchSummaryModel(StoreAccess stores, TimeProvider time) : StopSearchPageModel(stores)
{
    /// <summary>A borough or MSOA code: only searches inside it, against its residents.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    /// <summary>Powers (slugs), one per value or comma-separated; none: all.</summary>
    [BindProperty(SupportsGet = true)]
    public string[]? Legislation { get; set; }

    /// <summary>self (default) or officer.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ethnicity { get; set; }

    /// <summary>2021, 2011 or blank (the newest with residents).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Census { get; set; }

    public StopSearchResult? Result { get; private set; }

    public IReadOnlyList<(string Code, string? Name)> Boroughs { get; private set; } = [];

    /// <summary>The powers asked for, comma-separated, as the command line takes them.</summary>
    public string? LegislationText => Legislation is { Length: > 0 } l ? string.Join(',', l.Where(x => !string.IsNullOrWhiteSpace(x))) : null;

    public void OnGet() => TryRun(store =>
    {
        Boroughs = AreaStore.NamesOf(store, "borough");
        Result = StopSearchRun.Compute(store, StopSearchFigureEndpoints.SummaryRequest(Force, From, To, Area, LegislationText, Ethnicity, Census, HttpContext), time);
    });
}
