namespace Lantern.Web.Endpoints;

/// <summary>A password change through the API: the current password, and the new one.</summary>
internal sealed record PasswordChange(string? CurrentPassword, string? NewPassword);
