using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Endpoints;

/// <summary>Signing in and out through the API, and the antiforgery token that state-changing calls carry.</summary>
internal static class SessionEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/session").WithTags("Session");
        group.MapPost("/", SignIn).WithName("SignIn").WithSummary("Sign in with user name and password (sets the session cookie)")
            .AllowAnonymous().RequireRateLimiting(SignInRateLimit);
        group.MapDelete("/", SignOut).WithName("SignOut").WithSummary("Sign out").RequireAuthorization(Roles.Policies.SignedIn);
        group.MapPost("/password", ChangePassword).WithName("ChangePassword")
            .WithSummary("Choose a new password, giving the current one (ends the account's other sessions; this one goes on)")
            .RequireAuthorization(Roles.Policies.SignedIn).RequireRateLimiting(SignInRateLimit);
        group.MapGet("/", Who).WithName("GetSession").WithSummary("Who is signed in, their roles, and the antiforgery token for state-changing calls")
            .RequireAuthorization(Roles.Policies.SignedIn);
    }

    private static async Task<Results<NoContent, UnauthorizedHttpResult>> SignIn([FromBody] SignInRequest body, HttpContext http, SignInService signIn) =>
        await signIn.SignInAsync(http, body.UserName ?? string.Empty, body.Password ?? string.Empty) is null
            ? TypedResults.NoContent()
            : TypedResults.Unauthorized();

    private static async Task<NoContent> SignOut(HttpContext http, AuditTrail audit)
    {
        audit.Record(http, "sign-out");
        await SignInService.SignOutAsync(http);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword([FromBody] PasswordChange body, HttpContext http, SignInService signIn) =>
        await signIn.ChangePasswordAsync(http, body.CurrentPassword ?? string.Empty, body.NewPassword ?? string.Empty, body.NewPassword ?? string.Empty) is { } problem
            ? TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Password not changed")
            : TypedResults.NoContent();

    private static Ok<object> Who(HttpContext http, IAntiforgery antiforgery)
    {
        AntiforgeryTokenSet tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok<object>(new
        {
            user = http.User.Identity?.Name,
            roles = http.User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value),
            mustChangePassword = http.User.HasClaim(SignInService.MustChangeClaim, "1"),
            antiforgery = new { header = tokens.HeaderName, token = tokens.RequestToken },
        });
    }
}
