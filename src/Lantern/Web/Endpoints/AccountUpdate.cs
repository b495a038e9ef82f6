namespace Lantern.Web.Endpoints;

/// <summary>An administrator's change to an account.</summary>
internal sealed record AccountUpdate(string? DisplayName, IReadOnlyList<string>? Roles, string? Force, string? AreaCode, bool Disabled);
