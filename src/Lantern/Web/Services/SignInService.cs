using System.Security.Claims;
using Lantern.Data.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Services;

/// <summary>
/// Password sign-in with lockout: checks the password with ASP.NET Core's PasswordHasher (PBKDF2), counts failures,
/// locks after too many, and logs every attempt in the audit log. Wrong passwords are counted where they came from: a
/// browser the account has signed in from before (it holds the account's <see cref="DeviceCookie"/>) has its own count
/// and lock; every other browser shares the account's. So whoever knows a user name can lock it for strangers' browsers,
/// not for its holder's own (OWASP's "device cookies").
/// </summary>
internal sealed class SignInService(StoreAccess stores, AuditTrail audit, TimeProvider time, IOptions<LanternWebOptions> options)
{
    public const string StampClaim = "lantern:stamp";

    /// <summary>A random id of the sign-in, so that signing out ends this session and no other (<see cref="EndedSession"/>).</summary>
    public const string SessionClaim = "lantern:session";
    /// <summary>
    /// Present when the account's password was set by an administrator (a new account or a reset): until its holder
    /// chooses their own, the session reaches only the password change (<see cref="Security.PasswordChangeGate"/>).
    /// </summary>
    public const string MustChangeClaim = "lantern:must-change-password";

    /// <summary>The long-lived cookie that marks a browser the account has signed in from (<see cref="TrustedDevice"/>).</summary>
    public const string DeviceCookie = "lantern.device";

    /// <summary>How long a browser stays known without a sign-in from it.</summary>
    public static readonly TimeSpan DeviceLifetime = TimeSpan.FromDays(180);

    private static readonly PasswordHasher<Account> s_hasher = new();

    // Checked against when there is no password to check (no such account, disabled, locked), so that a refusal takes
    // as long as a wrong password and the time of the answer does not tell which accounts exist.
    private static readonly Lazy<string> s_dummyHash = new(() => Hash(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

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
            s_hasher.VerifyHashedPassword(null!, s_dummyHash.Value, password); // the hasher does not read the user
            audit.Record(store, http, "sign-in-refused", Account.Normalise(userName),
                detail: account is null ? "{\"reason\":\"no such account\"}" : "{\"reason\":\"disabled or no password\"}", actor: "anonymous");
            return Refused;
        }

        TrustedDevice? device = DeviceOf(http, store, account);
        string browser = device is null ? "new" : "known";
        if (IsLocked(account, device, now))
        {
            s_hasher.VerifyHashedPassword(account, s_dummyHash.Value, password);
            audit.Record(store, http, "sign-in-refused", account.UserName, detail: $"{{\"reason\":\"locked\",\"browser\":\"{browser}\"}}", actor: "anonymous");
            return Refused;
        }

        PasswordVerificationResult result = s_hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            CountWrongPassword(store, account, device, now);
            audit.Record(store, http, "sign-in-refused", account.UserName,
                detail: $"{{\"reason\":\"wrong password\",\"browser\":\"{browser}\"}}", actor: "anonymous");
            return Refused;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Account.SetPassword(store, account.Id, Hash(password), account.MustChangePassword != 0);
            account = Account.Find(store, account.Id)!; // just updated
        }

        if (device is null)
        {
            Account.RecordSignIn(store, account.Id); // the count it ends is the one this browser added to
        }

        RememberDevice(http, store, account, now);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        audit.Record(store, http, "sign-in", account.UserName, detail: $"{{\"browser\":\"{browser}\"}}", actor: account.UserName);
        return null;
    }

    /// <summary>
    /// The signed-in user chooses a new password, giving their current one: checked as a sign-in is (a wrong one counts
    /// towards the lockout, so a session left open is no way to guess it), then the account's other sessions end and this
    /// one goes on with a new cookie. Returns null on success, else the message to show.
    /// </summary>
    public async Task<string?> ChangePasswordAsync(HttpContext http, string current, string next, string repeat)
    {
        if (http.User.Identity?.AuthenticationType != CookieAuthenticationDefaults.AuthenticationScheme
            || http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return "This session came through the force's single sign-on: the password is changed there, not in Lantern.";
        }

        using LanternStore store = stores.Open();
        Account? account = Account.Find(store, long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        if (account?.PasswordHash is null || account.IsDisabled)
        {
            return "The account is disabled or has no password.";
        }

        DateTimeOffset now = time.GetUtcNow();
        TrustedDevice? device = DeviceOf(http, store, account);
        if (IsLocked(account, device, now)
            || s_hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            CountWrongPassword(store, account, device, now);
            audit.Record(store, http, "password-change-refused", account.UserName, detail: "{\"reason\":\"current password not right, or locked\"}");
            return "The current password is not right, or the account is locked.";
        }

        if (!string.Equals(next, repeat, StringComparison.Ordinal))
        {
            return "The new password and its repeat differ.";
        }

        if (string.Equals(next, current, StringComparison.Ordinal))
        {
            return "The new password must differ from the current one.";
        }

        if (AccountService.PasswordProblem(next) is { } problem)
        {
            return problem;
        }

        using (var tx = store.BeginTransaction())
        {
            Account.SetPassword(store, account.Id, Hash(next), mustChange: false);
            AuditEntry.Append(store, now, account.UserName, "password-change", account.UserName, client: AuditTrail.ClientOf(http), transaction: tx);
            tx.Commit();
        }

        // The new stamp ends every session of the account, this one's cookie included: it is replaced.
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            Principal(Account.Find(store, account.Id)!, CookieAuthenticationDefaults.AuthenticationScheme));
        return null;
    }

    // A wrong password, at sign-in or given as the current one: towards the lockout of the browser it came from, or of
    // the account's unknown browsers.
    private void CountWrongPassword(LanternStore store, Account account, TrustedDevice? device, DateTimeOffset now)
    {
        DateTimeOffset until = now.AddMinutes(options.Value.LockoutMinutes);
        if (device is null)
        {
            Account.RecordFailedSignIn(store, account.Id, options.Value.LockoutAttempts, until);
        }
        else
        {
            device.RecordFailedSignIn(store, options.Value.LockoutAttempts, until);
        }
    }

    private static bool IsLocked(Account account, TrustedDevice? device, DateTimeOffset now) =>
        (device is null ? account.LockedUntilTime : device.LockedUntilTime) is { } until && until > now;

    // The account's record of the request's browser, when it holds a device cookie the account signed in with.
    private static TrustedDevice? DeviceOf(HttpContext http, LanternStore store, Account account) =>
        http.Request.Cookies[DeviceCookie] is { } token && TrustedDevice.IsToken(token) ? TrustedDevice.Find(store, token, account.Id) : null;

    // After a successful sign-in: the browser is known to the account from now on (its cookie is kept, or given, so that a
    // shared computer is known to each account signed in on it), for DeviceLifetime from this sign-in.
    private static void RememberDevice(HttpContext http, LanternStore store, Account account, DateTimeOffset now)
    {
        string token = http.Request.Cookies[DeviceCookie] is { } held && TrustedDevice.IsToken(held) ? held : TrustedDevice.NewToken();
        TrustedDevice.SignedIn(store, token, account.Id, now, now - DeviceLifetime);
        http.Response.Cookies.Append(DeviceCookie, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
            MaxAge = DeviceLifetime,
            IsEssential = true, // security, not tracking: it only changes who a wrong password can lock out
        });
    }

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.GivenName, account.DisplayName),
            new(StampClaim, account.SecurityStamp),
            new(SessionClaim, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))),
        };
        claims.AddRange(account.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.MustChangePassword != 0 && scheme == CookieAuthenticationDefaults.AuthenticationScheme) // the proxy's users have no Lantern password
        {
            claims.Add(new Claim(MustChangeClaim, "1"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>
    /// Signs the request's user out: the session is recorded as ended, so that a copy of its cookie no longer works,
    /// then the cookie is deleted.
    /// </summary>
    public static async Task SignOutAsync(HttpContext http)
    {
        IServiceProvider services = http.RequestServices;
        if (http.User.FindFirstValue(SessionClaim) is { } session && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id)
        {
            DateTimeOffset now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            using LanternStore store = services.GetRequiredService<StoreAccess>().Open();
            EndedSession.End(store, session, long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), now,
                now - services.GetRequiredService<IOptions<LanternWebOptions>>().Value.MaximumSessionAge - TimeSpan.FromHours(1));
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Checks a sign-in cookie against the account on every request: a disabled account, a reset password or changed roles
    /// (all change the security stamp) end the session at once, as do signing out of it (a copy of the cookie included)
    /// and its age passing <see cref="LanternWebOptions.MaximumSessionAge"/> however active it was.
    /// </summary>
    public static Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        IServiceProvider services = context.HttpContext.RequestServices;
        StoreAccess stores = services.GetRequiredService<StoreAccess>();
        string? id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        string? stamp = context.Principal?.FindFirstValue(StampClaim);
        string? session = context.Principal?.FindFirstValue(SessionClaim);
        TimeSpan age = services.GetRequiredService<TimeProvider>().GetUtcNow() - (context.Properties.IssuedUtc ?? DateTimeOffset.MinValue);
        using LanternStore store = stores.Open();
        Account? account = id is null ? null : Account.Find(store, long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        if (account is null || account.IsDisabled || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal)
            || session is null || EndedSession.IsEnded(store, session)
            || age > services.GetRequiredService<IOptions<LanternWebOptions>>().Value.MaximumSessionAge)
        {
            context.RejectPrincipal();
            return context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return Task.CompletedTask;
    }
}
