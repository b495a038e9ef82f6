namespace Lantern.Web.Endpoints;

/// <summary>An export of the latest run's list (or the managed list): a disclosure to <see cref="Recipient"/>.</summary>
internal sealed record OffenderExportBody(string? Recipient, string? Justification, bool Managed);
