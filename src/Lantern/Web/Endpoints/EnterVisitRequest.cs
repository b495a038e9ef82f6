namespace Lantern.Web.Endpoints;

/// <summary>A visit entered afterwards: arrival and departure, ISO-8601 (UTC unless an offset is given).</summary>
internal sealed record EnterVisitRequest(long Publication, long Rank, string? Arrived, string? Left);
