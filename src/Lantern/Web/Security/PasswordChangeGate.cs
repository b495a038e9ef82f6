using Lantern.Web.Services;

namespace Lantern.Web.Security;

/// <summary>
/// A password set by an administrator (a new account, or a reset) is known to them: until the account's holder has
/// chosen their own, the session reaches only the password change, the session itself and signing out. Pages send the
/// browser to the change (and back afterwards); the API answers 403 with what to do.
/// </summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string PagePath = "/account/password";

    public Task InvokeAsync(HttpContext context)
    {
        PathString path = context.Request.Path;
        if (!context.User.HasClaim(SignInService.MustChangeClaim, "1")
            || path.StartsWithSegments(PagePath, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/session", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/logout", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsJsonAsync(new
            {
                title = "Password change needed",
                detail = "This account's password was set by an administrator: choose your own first (POST /api/session/password).",
                status = StatusCodes.Status403Forbidden,
            });
        }

        string back = path + context.Request.QueryString;
        context.Response.Redirect(PagePath + "?returnUrl=" + Uri.EscapeDataString(back));
        return Task.CompletedTask;
    }
}
