namespace Lantern.Web.Endpoints;

/// <summary>Publish the list these filters make, with an optional note.</summary>
internal sealed record PublishRequest(TaskingQuery Query, string? Note);
