namespace Lantern.Web.Endpoints;

/// <summary>Audit log search: by who, what, free text in subject/justification/detail, and a UTC time range.</summary>
internal sealed record AuditQuery(string? Actor, string? Action, string? Text, string? From, string? To, int? Limit);
