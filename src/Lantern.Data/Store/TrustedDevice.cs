using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Lantern.Data.Store;

/// <summary>
/// A browser an account has signed in from, known by the random value of a long-lived cookie (only its SHA-256 is
/// stored). It has its own count of wrong passwords and its own lock, so that wrong passwords from elsewhere, which lock
/// the account for browsers it has not used, cannot keep its holder out of their own (OWASP's "device cookies").
/// </summary>
internal sealed record TrustedDevice(string TokenHash, long AccountId, long FailedSignIns, string? LockedUntil)
{
    /// <summary>Locked out until this time (after repeated wrong passwords from this browser), or null.</summary>
    public DateTimeOffset? LockedUntilTime =>
        LockedUntil is null ? null : DateTimeOffset.Parse(LockedUntil, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A new cookie value: 32 random bytes, URL-safe base64 (43 characters).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether a cookie's value has the form <see cref="NewToken"/> gives (anything else is ignored, and replaced).</summary>
    public static bool IsToken(string? value) =>
        value is { Length: 43 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The account's device with this cookie value, or null (no such cookie, or another account's).</summary>
    public static TrustedDevice? Find(LanternStore store, string token, long accountId)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Connection.QueryFirstOrDefault<TrustedDevice>(
            "SELECT token_hash AS TokenHash, account_id AS AccountId, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil " +
            "FROM trusted_device WHERE token_hash = @hash AND account_id = @accountId",
            new { hash = Hash(token), accountId });
    }

    /// <summary>The most browsers kept per account: a script that signs in without keeping cookies makes a new one each time.</summary>
    public const int MaxPerAccount = 100;

    /// <summary>
    /// Records that the account signed in from the browser holding <paramref name="token"/> (new or known: its count of wrong
    /// passwords starts again), and forgets the account's devices unused since <paramref name="forgetBefore"/>, and those
    /// beyond the <see cref="MaxPerAccount"/> used most recently.
    /// </summary>
    public static void SignedIn(LanternStore store, string token, long accountId, DateTimeOffset at, DateTimeOffset forgetBefore)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Connection.Execute(
            "INSERT INTO trusted_device (token_hash, account_id, created_at, last_used_at) VALUES (@hash, @accountId, @at, @at) " +
            "ON CONFLICT (token_hash, account_id) DO UPDATE SET last_used_at = @at, failed_sign_ins = 0, locked_until = NULL",
            new { hash = Hash(token), accountId, at = Account.Iso(at) });
        store.Connection.Execute(
            "DELETE FROM trusted_device WHERE account_id = @accountId AND (last_used_at < @before OR token_hash NOT IN " +
            "(SELECT token_hash FROM trusted_device WHERE account_id = @accountId ORDER BY last_used_at DESC, token_hash LIMIT @max))",
            new { accountId, before = Account.Iso(forgetBefore), max = MaxPerAccount });
    }

    /// <summary>Counts a wrong password from this browser; at <paramref name="lockAfter"/> in a row it locks until <paramref name="lockUntil"/>.</summary>
    public void RecordFailedSignIn(LanternStore store, int lockAfter, DateTimeOffset lockUntil)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Connection.Execute(
            "UPDATE trusted_device SET failed_sign_ins = failed_sign_ins + 1, " +
            "locked_until = CASE WHEN failed_sign_ins + 1 >= @lockAfter THEN @until ELSE locked_until END " +
            "WHERE token_hash = @TokenHash AND account_id = @AccountId",
            new { TokenHash, AccountId, lockAfter, until = Account.Iso(lockUntil) });
    }

    /// <summary>Unlocks every browser of the account (an administrator set a new password).</summary>
    public static void UnlockAll(LanternStore store, long accountId)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Connection.Execute("UPDATE trusted_device SET failed_sign_ins = 0, locked_until = NULL WHERE account_id = @accountId", new { accountId });
    }

    /// <summary>Accounts with browsers locked at <paramref name="now"/>: how many, and until when the last lock lasts.</summary>
    public static IReadOnlyDictionary<long, (long Count, string Until)> Locked(LanternStore store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Connection.Query<(long AccountId, long Count, string Until)>(
                "SELECT account_id, count(*), max(locked_until) FROM trusted_device WHERE locked_until > @now GROUP BY account_id",
                new { now = Account.Iso(now) })
            .ToDictionary(r => r.AccountId, r => (r.Count, r.Until));
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
