namespace Lantern.Web.Endpoints;

/// <summary>A supervisor's decision on a person's score of the latest run; the person named in the body, not the address.</summary>
internal sealed record OffenderReviewBody(string? Id, string? Decision, string? Reason, string? Justification);
