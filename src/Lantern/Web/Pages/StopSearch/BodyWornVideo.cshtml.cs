using Lantern.Analysis;
using Lantern.Core.StopSearch;
using Lantern.Web.Endpoints;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>Body-worn video (<c>lantern stopsearch bwv</c>, the same run): the share recorded by team or area, and the reasons when not.</summary>
internal sealed class BodyWornVideoModel(StoreAccess stores, TimeProvider time) : StopSearchPageModel(stores)
{
    /// <summary>team or area.</summary>
    [BindProperty(SupportsGet = true, Name = "by")]
    public string? GroupBy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AreaLevel { get; set; }

    public BodyWornVideoGroup? Total { get; private set; }

    public IReadOnlyList<BodyWornVideoGroup> Groups { get; private set; } = [];

    public IReadOnlyList<string> Notes { get; private set; } = [];

    public long RunId { get; private set; }

    public string? Title { get; private set; }

    public void OnGet() => TryRun(store =>
    {
        var r = BodyWornVideoRun.Compute(store, StopSearchFigureEndpoints.Given(Force), StopSearchFigureEndpoints.Given(From), StopSearchFigureEndpoints.Given(To),
            StopSearchFigureEndpoints.Given(GroupBy), StopSearchFigureEndpoints.Given(AreaLevel), AuditTrail.ActorOf(User), time);
        (Total, Groups, Notes, RunId) = (r.Total, r.Groups, [.. WebText.RunNotes(r.Choices, r.Notes)], r.Run.RunId);
        Title = $"{Lantern.Core.Forces.PoliceForces.Find(r.Force)?.Name ?? r.Force}, {r.From} to {r.To}";
    });
}
