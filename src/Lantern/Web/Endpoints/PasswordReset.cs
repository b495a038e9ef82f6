namespace Lantern.Web.Endpoints;

/// <summary>A new password set by an administrator.</summary>
internal sealed record PasswordReset(string? Password);
