namespace Lantern.Web.Endpoints;

/// <summary>One search as recorded, with the vocabulary as the force wrote it.</summary>
internal sealed record StopSearchRow(long Id, string SearchedAt, string? Type, string? Gender, string? AgeRange, string? SelfDefinedEthnicity,
    string? OfficerDefinedEthnicity, string? Legislation, string? ObjectOfSearch, string? Outcome, double? Latitude, double? Longitude);
