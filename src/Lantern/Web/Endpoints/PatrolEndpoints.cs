using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Web.Pages;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Endpoints;

/// <summary>The patrol API: an officer's published places for today, and visits to them (patrol dosage).</summary>
internal static class PatrolEndpoints
{
    public static void MapPatrolEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/patrol").WithTags("Patrol").RequireAuthorization(Roles.Policies.Patrol);
        group.MapGet("/today", Today).WithName("GetPatrolToday")
            .WithSummary("Today's published places for the officer's force and area, with their visits (404 with the reason when there are none)");
        group.MapPost("/visits", Tap).WithName("TapVisit").WithSummary("'arrived' or 'left' at a place, now");
        group.MapPost("/visits/entered", Enter).WithName("EnterVisit").WithSummary("Enter a visit afterwards, with both times (UK wall-clock time, or with an offset)");
    }

    private static Results<Ok<PatrolToday>, NotFound<string>> Today(HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        return PatrolService.Today(store, http.User, UkTime.DateOf(time.GetUtcNow())) is { } today
            ? TypedResults.Ok(today)
            : TypedResults.NotFound(PatrolService.HasNoForce(store, http.User)
                ? PatrolService.NoForceMessage
                : "No tasking has been published for your force today.");
    }

    internal static Results<Ok<string>, ValidationProblem> Tap([FromBody] TapRequest body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        if (PublicationWithPlace(store, http, body.Publication, body.Rank) is not { } publication)
        {
            return Problem("place", $"publication {body.Publication} has no place {body.Rank}");
        }

        string officer = AuditTrail.ActorOf(http.User);
        DateTimeOffset now = time.GetUtcNow();
        switch (body.Action)
        {
            case "arrived":
                if (!WithinVisitWindow(publication, now, now))
                {
                    return Problem("action", $"this list is not for now: a visit to it must lie within {PatrolService.VisitWindowText(publication.Day)}; " +
                        "open today's list");
                }

                // A second "arrived" (a double tap, a page sent again, another phone) is refused rather than taken as a no-op:
                // the officer's open visit keeps its first time, and the answer says what they are to do next.
                return PatrolVisit.Arrive(store, body.Publication, body.Rank, officer, now) is { } open
                    ? Problem("action", open.LeftAt is null
                        ? $"you are already at place {body.Rank}: you arrived at {ShownTime.Clock(open.ArrivedAt, publication.Day)}; tap 'left' when you go"
                        : $"you have a visit to place {body.Rank} until {ShownTime.Clock(open.LeftAt, publication.Day)} already")
                    : TypedResults.Ok($"Arrived at place {body.Rank} at {UkTime.ToLocal(now):HH:mm}.");
            case "left":
                return PatrolVisit.Leave(store, body.Publication, body.Rank, officer, now)
                    ? TypedResults.Ok($"Left place {body.Rank} at {UkTime.ToLocal(now):HH:mm}.")
                    : Problem("action", "there is no open visit to this place: tap 'arrived' first, or enter the visit afterwards");
            default:
                return Problem("action", "must be 'arrived' or 'left'");
        }
    }

    internal static Results<Ok<string>, ValidationProblem> Enter([FromBody] EnterVisitRequest body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        if (PublicationWithPlace(store, http, body.Publication, body.Rank) is not { } publication)
        {
            return Problem("place", $"publication {body.Publication} has no place {body.Rank}");
        }

        DateTimeOffset now = time.GetUtcNow();
        // An officer enters the times on their phone's clock, UK time; a time with an offset (an API client's) is that instant.
        if (!UkTime.TryParseInstant(body.Arrived, out DateTimeOffset arrived, out string? arrivedProblem))
        {
            return Problem("arrived", arrivedProblem);
        }

        if (!UkTime.TryParseInstant(body.Left, out DateTimeOffset left, out string? leftProblem))
        {
            return Problem("left", leftProblem);
        }

        if (left <= arrived || left - arrived > TimeSpan.FromHours(12))
        {
            return Problem("left", "must be after 'arrived', and within 12 hours of it");
        }

        if (left > now.AddMinutes(5))
        {
            return Problem("left", "a visit entered afterwards cannot end in the future");
        }

        if (!WithinVisitWindow(publication, arrived, left))
        {
            return Problem("arrived", $"a visit entered afterwards must lie within {PatrolService.VisitWindowText(publication.Day)}");
        }

        if (PatrolVisit.Enter(store, body.Publication, body.Rank, AuditTrail.ActorOf(http.User), arrived, left, now) is { } overlapped)
        {
            string until = overlapped.LeftAt is null ? "now (still open)" : ShownTime.Clock(overlapped.LeftAt, publication.Day);
            return Problem("arrived", $"overlaps your visit to place {body.Rank} from {ShownTime.Clock(overlapped.ArrivedAt, publication.Day)} to {until}: " +
                "a visit is recorded once");
        }

        return TypedResults.Ok($"Visit to place {body.Rank} recorded: {(left - arrived).TotalMinutes:F0} minutes.");
    }

    /// <summary>The publication, when the user may record visits on it and it has the place; else null.</summary>
    private static TaskingPublication? PublicationWithPlace(LanternStore store, HttpContext http, long publication, long rank) =>
        PatrolService.PublicationFor(store, http.User, publication) is { } p && TaskingPublication.Places(store, p.Id).Any(x => x.Rank == rank) ? p : null;

    private static bool WithinVisitWindow(TaskingPublication publication, DateTimeOffset arrived, DateTimeOffset left)
    {
        (DateTimeOffset from, DateTimeOffset until) = PatrolService.VisitWindow(publication.Day);
        return arrived >= from && left <= until;
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
