using Lantern.Analysis;
using Lantern.Core.StopSearch;
using Lantern.Web.Endpoints;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>The veil-of-darkness test (<c>lantern stopsearch veil</c>, the same run): the coefficient, its interval and the sample used.</summary>
internal sealed class VeilModel(StoreAccess stores, TimeProvider time) : StopSearchPageModel(stores)
{
    [BindProperty(SupportsGet = true)]
    public string? AreaLevel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ethnicity { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Knots { get; set; }

    public VeilResult? Veil { get; private set; }

    public IReadOnlyList<string> Notes { get; private set; } = [];

    public IReadOnlyList<string> Choices { get; private set; } = [];

    public long RunId { get; private set; }

    public string? ForceSlug { get; private set; }

    public string? Months { get; private set; }

    public void OnGet() => TryRun(store =>
    {
        var r = VeilRun.Compute(store, StopSearchFigureEndpoints.VeilRequest(Force, From, To, AreaLevel, Ethnicity, Knots, HttpContext), time);
        (Veil, Notes, Choices, RunId, ForceSlug, Months) = (r.Veil, r.Notes, r.Choices, r.Run.RunId, r.Force, $"{r.From} to {r.To}");
    });
}
