using Lantern.Analysis;
using Lantern.Core.StopSearch;
using Lantern.Web.Endpoints;
using Lantern.Web.Services;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>Searches inside the day's tasked places against outside (<c>lantern stopsearch places</c>, the same run).</summary>
internal sealed class PlacesModel(StoreAccess stores, TimeProvider time) : StopSearchPageModel(stores)
{
    public TaskedPlaces? Places { get; private set; }

    public IReadOnlyList<string> Notes { get; private set; } = [];

    public long RunId { get; private set; }

    public long Read { get; private set; }

    public int PublishedDays { get; private set; }

    public string? Title { get; private set; }

    public void OnGet() => TryRun(store =>
    {
        var r = TaskedPlacesRun.Compute(store, StopSearchFigureEndpoints.Given(Force), StopSearchFigureEndpoints.Given(From), StopSearchFigureEndpoints.Given(To),
            AuditTrail.ActorOf(User), time);
        (Places, Notes, RunId, Read, PublishedDays) = (r.Places, [.. WebText.RunNotes(r.Choices, r.Notes)], r.Run.RunId, r.Read, r.PublishedDays);
        Title = $"{Lantern.Core.Forces.PoliceForces.Find(r.Force)?.Name ?? r.Force}, {r.From} to {r.To}";
    });
}
