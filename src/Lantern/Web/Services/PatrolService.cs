using System.Security.Claims;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>What an officer sees today: the newest published tasking for their force, their area's places first.</summary>
internal static class PatrolService
{
    public static PatrolToday? Today(LanternStore store, ClaimsPrincipal user, DateOnly day)
    {
        Account? account = Account.Find(store, AuditTrail.ActorOf(user));
        string? force = account?.Force;
        TaskingPublication? publication = force is null ? null : TaskingPublication.Latest(store, force, day);
        if (force is null)
        {
            // An account without a force (a supervisor checking the view): the newest publication of the day for any force.
            publication = TaskingPublication.List(store, null, 20).FirstOrDefault(p => p.Day == TaskingPublication.DayText(day));
        }

        if (publication is null)
        {
            return null;
        }

        var places = TaskingPublication.Places(store, publication.Id);
        string? area = account?.AreaCode;
        var mine = area is null ? places : places.Where(p => string.Equals(p.AreaCode, area, StringComparison.Ordinal)).ToList();
        var visits = PatrolVisit.ForPublication(store, publication.Id).Where(v => v.Officer == account?.UserName).ToList();
        return new PatrolToday(publication, area, mine, visits);
    }

    /// <summary>
    /// A publication's places as the user may see and record visits on them: an account with a force only its own force's
    /// (the publication id is in the address and the body, where anyone can change it); one without (a supervisor checking
    /// the view) any. None when the publication does not exist or is another force's.
    /// </summary>
    public static IReadOnlyList<PublishedPlace> PlacesFor(LanternStore store, ClaimsPrincipal user, long publicationId)
    {
        string? force = Account.Find(store, AuditTrail.ActorOf(user))?.Force;
        return TaskingPublication.Find(store, publicationId) is { } publication && (force is null || publication.Force == force)
            ? TaskingPublication.Places(store, publicationId)
            : [];
    }
}
