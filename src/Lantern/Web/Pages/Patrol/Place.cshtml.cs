using Lantern.Data.Store;
using Lantern.Web.Endpoints;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Patrol;

/// <summary>One published place on a phone: "arrived" and "left", or a visit entered afterwards.</summary>
internal sealed class PatrolPlaceModel(StoreAccess stores, TimeProvider time) : PageModel
{
    public PublishedPlace? Place { get; private set; }

    public IReadOnlyList<PatrolVisit> Visits { get; private set; } = [];

    public bool Open => Visits.Any(v => v.LeftAt is null);

    public string? Message { get; private set; }

    /// <summary>The day of the tasking the place is on (yyyy-MM-dd), or null.</summary>
    public string? Day { get; private set; }

    public PlaceNames Names { get; private set; } = null!; // set by Load, which every page view calls

    public void OnGet(long publication, long rank, string? message)
    {
        Load(publication, rank);
        Message = message;
    }

    public IActionResult OnPostTap(long publication, long rank, string? action) =>
        After(publication, rank, PatrolEndpoints.Tap(new TapRequest(publication, rank, action), HttpContext, stores, time).Result);

    public IActionResult OnPostEnter(long publication, long rank, string? arrived, string? left) =>
        After(publication, rank, PatrolEndpoints.Enter(new EnterVisitRequest(publication, rank, arrived, left), HttpContext, stores, time).Result);

    private RedirectResult After(long publication, long rank, IResult result)
    {
        string message = result switch
        {
            Ok<string> ok => ok.Value ?? string.Empty,
            ValidationProblem p => string.Join("; ", p.ProblemDetails.Errors.SelectMany(e => e.Value)),
            _ => "Not recorded.",
        };
        return Redirect($"/patrol/place?publication={publication}&rank={rank}&message={Uri.EscapeDataString(message)}");
    }

    private void Load(long publication, long rank)
    {
        using LanternStore store = stores.Open();
        Place = PatrolService.PlacesFor(store, User, publication).FirstOrDefault(p => p.Rank == rank);
        Day = Place is null ? null : TaskingPublication.Find(store, publication)?.Day;
        Names = PlaceNames.Load(store);
        string me = AuditTrail.ActorOf(User);
        // Matched by cell: the officer's visits here today on any version of the day's list (PatrolVisit.ForPublication).
        Visits = Place is null ? [] : [.. PatrolVisit.ForPublication(store, publication).Where(v => v.Cell == Place.Cell && v.Officer == me)];
    }
}
