namespace Lantern.Web.Services;

/// <summary>Patrol dosage of one published place: planned against done.</summary>
internal sealed record PlaceDosage(long Rank, string Cell, string? AreaCode, long PlannedVisits, long PlannedMinutes, int Visits, int OpenVisits,
    double Minutes);
