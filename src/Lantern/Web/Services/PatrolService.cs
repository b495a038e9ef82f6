using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Web.Security;

namespace Lantern.Web.Services;

/// <summary>What an officer sees today: the newest published tasking for their force, their area's places first.</summary>
internal static class PatrolService
{
    /// <summary>
    /// What an account without a force is told on the patrol page and by the API: a patrol officer sees their own force's
    /// places only, so with none set they see none, and only an administrator can set it.
    /// </summary>
    public const string NoForceMessage =
        "Your account has no force set, so no force's tasking can be shown to you: ask an administrator to set your force.";

    /// <summary>
    /// The user's list for <paramref name="day"/>; null when none is published for them (or, <see cref="HasNoForce"/>, none
    /// can be).
    /// </summary>
    public static PatrolToday? Today(LanternStore store, ClaimsPrincipal user, DateOnly day)
    {
        (Account? account, bool anyForce) = Who(store, user);
        TaskingPublication? publication = account?.Force is { } force ? TaskingPublication.Latest(store, force, day)
            // A supervisor without a force (checking what officers see): the newest publication of the day for any force.
            : anyForce ? TaskingPublication.List(store, null, 20).FirstOrDefault(p => p.Day == TaskingPublication.DayText(day))
            : null;
        if (publication is null)
        {
            return null;
        }

        var places = TaskingPublication.Places(store, publication.Id);
        string? area = account?.AreaCode;
        var mine = area is null ? places : InArea(store, places, area);
        var visits = PatrolVisit.ForPublication(store, publication.Id).Where(v => v.Officer == account?.UserName).ToList();
        return new PatrolToday(publication, area, mine, visits);
    }

    /// <summary>
    /// Whether the user can be shown no force's places at all, whatever is published: an officer whose account has no force
    /// (<see cref="NoForceMessage"/>).
    /// </summary>
    public static bool HasNoForce(LanternStore store, ClaimsPrincipal user) => Who(store, user) is ({ Force: null }, false);

    /// <summary>
    /// The user's account, and whether it may see every force's publications: only a supervisor's account without a force
    /// (a tasking inspector, who sees every force's tasking on the tasking page anyway). An officer's account without one
    /// saw every force's places: it now sees none, until an administrator sets its force.
    /// </summary>
    private static (Account? Account, bool AnyForce) Who(LanternStore store, ClaimsPrincipal user)
    {
        Account? account = Account.Find(store, AuditTrail.ActorOf(user));
        return (account, account is { Force: null } && account.RoleList.Contains(Roles.Supervisor));
    }

    /// <summary>
    /// The places in the officer's area. A place is named by its finest area (an LSOA), so an officer whose area is a borough
    /// or an MSOA saw none when places were matched by code: a place is theirs when its centre lies in their area's
    /// boundary, of whatever level; by its code when that boundary is not imported.
    /// </summary>
    private static List<PublishedPlace> InArea(LanternStore store, IReadOnlyList<PublishedPlace> places, string code)
    {
        if (AreaStore.Find(store, code) is not { } area)
        {
            return [.. places.Where(p => string.Equals(p.AreaCode, code, StringComparison.Ordinal))];
        }

        Func<double, double, bool> inside = AreaStore.Inside(area);
        return [.. places.Where(p => string.Equals(p.AreaCode, code, StringComparison.Ordinal) || inside(p.Easting, p.Northing))];
    }

    /// <summary>
    /// A publication's places as the user may see and record visits on them: an account with a force only its own force's
    /// (the publication id is in the address and the body, where anyone can change it); a supervisor's without a force any;
    /// an officer's without a force none. None when the publication does not exist or is another force's.
    /// </summary>
    public static IReadOnlyList<PublishedPlace> PlacesFor(LanternStore store, ClaimsPrincipal user, long publicationId) =>
        PublicationFor(store, user, publicationId) is not null ? TaskingPublication.Places(store, publicationId) : [];

    /// <summary>The publication, when the user may see it and record visits on it (as <see cref="PlacesFor"/>); else null.</summary>
    public static TaskingPublication? PublicationFor(LanternStore store, ClaimsPrincipal user, long publicationId)
    {
        (Account? account, bool anyForce) = Who(store, user);
        return account is not null && TaskingPublication.Find(store, publicationId) is { } publication
            && (anyForce || string.Equals(publication.Force, account.Force, StringComparison.Ordinal)) ? publication : null;
    }

    /// <summary>
    /// When visits to a day's list may lie: from midnight starting its day (UK time) to 07:00 the next morning. A plan's
    /// times run through the place's peak window, and a window that runs past midnight gives times after it that belong to
    /// the same night's shift (docs/tasking.md: "01:58 (after midnight)"); by 07:00 the night shift has handed over to the
    /// early shift, which works from the next day's list. A visit outside this is not the list's: before it the list's day
    /// had not begun (a visit entered on the day before it would inflate its dosage), after it the day's patrols are over.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset Until) VisitWindow(string day)
    {
        DateOnly date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (UkInstant(date, 0), UkInstant(date.AddDays(1), NightShiftEndsHour));
    }

    /// <summary>The visit window (<see cref="VisitWindow"/>) in words, for the message that refuses a visit outside it.</summary>
    public static string VisitWindowText(string day)
    {
        DateOnly date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        CultureInfo uk = CultureInfo.GetCultureInfo("en-GB");
        return $"the list's day, {date.ToString("ddd d MMM yyyy", uk)} (UK time), or its night shift until " +
            $"{NightShiftEndsHour:00}:00 on {date.AddDays(1).ToString("ddd d MMM", uk)}";
    }

    private const int NightShiftEndsHour = 7;

    // UK clocks change at 01:00 GMT, so midnight and 07:00 name one instant every day.
    private static DateTimeOffset UkInstant(DateOnly date, int hour) =>
        UkTime.TryFromLocal(date.ToDateTime(new TimeOnly(hour, 0)), out DateTimeOffset at) ? at : throw new UnreachableException($"{date} {hour}:00 UK");
}
