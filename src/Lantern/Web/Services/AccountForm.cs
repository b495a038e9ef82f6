namespace Lantern.Web.Services;

/// <summary>An account as an administrator fills it in.</summary>
internal sealed record AccountForm(string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, string? Force, string? AreaCode);
