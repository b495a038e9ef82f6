namespace Lantern.Data.Store;

/// <summary>One place of a published tasking, as officers see it: where, why, and the plan.</summary>
internal sealed record PublishedPlace(long PublicationId, long Rank, string Cell, long CellColumn, long CellRow, double Easting, double Northing,
    double Latitude, double Longitude, string? AreaCode, double Harm, long Crimes, long PlannedVisits, long VisitMinutes, string VisitTimes,
    string Reason);
