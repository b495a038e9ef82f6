using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>An officer's list for the day: the publication, their area, its places and their own visits so far.</summary>
internal sealed record PatrolToday(TaskingPublication Publication, string? AreaCode, IReadOnlyList<PublishedPlace> Places, IReadOnlyList<PatrolVisit> MyVisits);
