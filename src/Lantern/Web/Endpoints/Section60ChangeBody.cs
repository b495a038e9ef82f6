namespace Lantern.Web.Endpoints;

/// <summary>An extension (<c>by</c>, <c>rank</c>, <c>until</c>) or withdrawal (<c>by</c>, <c>reason</c>) through the API; <c>at</c> defaults to now.</summary>
internal sealed record Section60ChangeBody(string? By, string? Rank, string? Until, string? Reason, string? At);
