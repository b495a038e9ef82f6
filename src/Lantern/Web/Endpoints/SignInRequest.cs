namespace Lantern.Web.Endpoints;

/// <summary>A sign-in through the API.</summary>
internal sealed record SignInRequest(string? UserName, string? Password);
