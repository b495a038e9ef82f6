namespace Lantern.Web.Endpoints;

/// <summary>An officer's tap at a place: "arrived" or "left".</summary>
internal sealed record TapRequest(long Publication, long Rank, string? Action);
