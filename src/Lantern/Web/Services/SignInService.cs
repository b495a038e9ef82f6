using System.Security.Claims;
using Lantern.Data.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Services;

/// <summary>
/// Password sign-in with lockout: checks the password with ASP.NET Core's PasswordHasher (PBKDF2), counts failures,
/// locks the account after too many, and logs every attempt in the audit log.
/// </summary>
internal sealed class SignInService(StoreAccess stores, AuditTrail audit, TimeProvider time, IOptions<LanternWebOptions> options)
{
    public const string StampClaim = "lantern:stamp";
    private static readonly PasswordHasher<Account> s_hasher = new();

    public static string Hash(string password) => s_hasher.HashPassword(null!, password); // the hasher does not read the user

    /// <summary>Signs the user in; returns null on success, else the message to show (never saying which part was wrong).</summary>
    public async Task<string?> SignInAsync(HttpContext http, string userName, string password)
    {
        const string Refused = "The user name or password is not right, or the account is locked or disabled.";
        using LanternStore store = stores.Open();
        Account? account = Account.Find(store, userName);
        DateTimeOffset now = time.GetUtcNow();
        if (account is null || account.IsDisabled || account.PasswordHash is null)
        {
            audit.Record(store, http, "sign-in-refused", Account.Normalise(userName),
                detail: account is null ? "{\"reason\":\"no such account\"}" : "{\"reason\":\"disabled or no password\"}", actor: "anonymous");
            return Refused;
        }

        if (account.LockedUntilTime is { } until && until > now)
        {
            audit.Record(store, http, "sign-in-refused", account.UserName, detail: "{\"reason\":\"locked\"}", actor: "anonymous");
            return Refused;
        }

        PasswordVerificationResult result = s_hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            LanternWebOptions o = options.Value;
            Account.RecordFailedSignIn(store, account.Id, o.LockoutAttempts, now.AddMinutes(o.LockoutMinutes));
            audit.Record(store, http, "sign-in-refused", account.UserName, detail: "{\"reason\":\"wrong password\"}", actor: "anonymous");
            return Refused;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Account.SetPassword(store, account.Id, Hash(password), account.MustChangePassword != 0);
            account = Account.Find(store, account.Id)!; // just updated
        }

        Account.RecordSignIn(store, account.Id);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        audit.Record(store, http, "sign-in", account.UserName, actor: account.UserName);
        return null;
    }

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.GivenName, account.DisplayName),
            new(StampClaim, account.SecurityStamp),
        };
        claims.AddRange(account.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>
    /// Checks a sign-in cookie against the account on every request: a disabled account, a reset password or changed roles
    /// (all change the security stamp) end the session at once.
    /// </summary>
    public static Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        StoreAccess stores = context.HttpContext.RequestServices.GetRequiredService<StoreAccess>();
        string? id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        string? stamp = context.Principal?.FindFirstValue(StampClaim);
        using LanternStore store = stores.Open();
        Account? account = id is null ? null : Account.Find(store, long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        if (account is null || account.IsDisabled || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            return context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return Task.CompletedTask;
    }
}
