namespace Lantern.Web.Endpoints;

/// <summary>A supervisor's decision on a person's score of the latest run.</summary>
internal sealed record OffenderReviewBody(string? Decision, string? Reason, string? Justification);
