using Lantern.Analysis;
using Lantern.Web.Endpoints;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>Every borough at once (<c>lantern stopsearch boroughs</c>, the same run): searches, find rate, rates per 1,000 and ratios to White.</summary>
internal sealed class BoroughsModel(StoreAccess stores, TimeProvider time) : StopSearchPageModel(stores)
{
    [BindProperty(SupportsGet = true)]
    public string[]? Legislation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ethnicity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Census { get; set; }

    public BoroughTableResult? Result { get; private set; }

    public string? LegislationText => Legislation is { Length: > 0 } l ? string.Join(',', l.Where(x => !string.IsNullOrWhiteSpace(x))) : null;

    public void OnGet() => TryRun(store =>
        Result = BoroughTableRun.Compute(store, StopSearchFigureEndpoints.SummaryRequest(Force, From, To, null, LegislationText, Ethnicity, Census, HttpContext), time));
}
