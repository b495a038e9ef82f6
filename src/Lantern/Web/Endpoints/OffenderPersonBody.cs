namespace Lantern.Web.Endpoints;

/// <summary>A request about one person: the id and the justification in the body, where no access log or Referer keeps them.</summary>
internal sealed record OffenderPersonBody(string? Id, string? Justification);
