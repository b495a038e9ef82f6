using System.Globalization;
using System.Security.Cryptography;
using Dapper;

namespace Lantern.Data.Store;

/// <summary>A person who signs in to the web app, with their roles. Passwords are stored only as PasswordHasher hashes.</summary>
// SQLite hands integers back as 64-bit, and booleans as integers: the record takes them so.
internal sealed record Account(long Id, string UserName, string DisplayName, string? PasswordHash, string Roles, string? Force, string? AreaCode,
    long Disabled, long MustChangePassword, long FailedSignIns, string? LockedUntil, string SecurityStamp, string CreatedAt, string CreatedBy)
{
    private const string Columns =
        "id, user_name AS UserName, display_name AS DisplayName, password_hash AS PasswordHash, roles, force, area_code AS AreaCode, " +
        "disabled, must_change_password AS MustChangePassword, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil, " +
        "security_stamp AS SecurityStamp, created_at AS CreatedAt, created_by AS CreatedBy";

    public bool IsDisabled => Disabled != 0;

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Locked out until this time (after repeated failed sign-ins), or null.</summary>
    public DateTimeOffset? LockedUntilTime =>
        LockedUntil is null ? null : DateTimeOffset.Parse(LockedUntil, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>User names are compared without case: "J.Smith" and "j.smith" are one account.</summary>
    public static string Normalise(string userName) => userName.Trim().ToLowerInvariant();

    public static long Create(LanternStore store, string userName, string displayName, string? passwordHash, IEnumerable<string> roles,
        string? force, string? areaCode, bool mustChangePassword, string createdBy, DateTimeOffset at) =>
        store.InsertReturningId(
            "INSERT INTO account (user_name, display_name, password_hash, roles, force, area_code, must_change_password, security_stamp, " +
            "created_at, created_by) VALUES (@userName, @displayName, @passwordHash, @roles, @force, @areaCode, @mustChange, @stamp, @at, @createdBy) " +
            "RETURNING id",
            new
            {
                userName = Normalise(userName),
                displayName = displayName.Trim(),
                passwordHash,
                roles = string.Join(',', roles),
                force,
                areaCode,
                mustChange = mustChangePassword ? 1 : 0,
                stamp = NewStamp(),
                at = Iso(at),
                createdBy,
            });

    public static Account? Find(LanternStore store, string userName) =>
        store.Connection.QueryFirstOrDefault<Account>($"SELECT {Columns} FROM account WHERE user_name = @name", new { name = Normalise(userName) });

    public static Account? Find(LanternStore store, long id) =>
        store.Connection.QueryFirstOrDefault<Account>($"SELECT {Columns} FROM account WHERE id = @id", new { id });

    public static IReadOnlyList<Account> List(LanternStore store) =>
        store.Connection.Query<Account>($"SELECT {Columns} FROM account ORDER BY user_name").AsList();

    public static long Count(LanternStore store) => store.Connection.ExecuteScalar<long>("SELECT count(*) FROM account");

    /// <summary>Accounts that are not disabled and hold the administrator role.</summary>
    public static long CountActiveAdministrators(LanternStore store) =>
        store.Connection.ExecuteScalar<long>("SELECT count(*) FROM account WHERE disabled = 0 AND ',' || roles || ',' LIKE '%,administrator,%'");

    /// <summary>Sets a new password hash (a reset by an administrator, or the user's own change) and signs out old sessions.</summary>
    public static bool SetPassword(LanternStore store, long id, string passwordHash, bool mustChange) =>
        store.Connection.Execute(
            "UPDATE account SET password_hash = @passwordHash, must_change_password = @mustChange, failed_sign_ins = 0, locked_until = NULL, " +
            "security_stamp = @stamp WHERE id = @id",
            new { id, passwordHash, mustChange = mustChange ? 1 : 0, stamp = NewStamp() }) == 1;

    public static bool Update(LanternStore store, long id, string displayName, IEnumerable<string> roles, string? force, string? areaCode, bool disabled) =>
        store.Connection.Execute(
            "UPDATE account SET display_name = @displayName, roles = @roles, force = @force, area_code = @areaCode, disabled = @disabled, " +
            "security_stamp = @stamp WHERE id = @id",
            new { id, displayName = displayName.Trim(), roles = string.Join(',', roles), force, areaCode, disabled = disabled ? 1 : 0, stamp = NewStamp() }) == 1;

    /// <summary>Counts a failed sign-in; at <paramref name="lockAfter"/> failures in a row the account locks until <paramref name="lockUntil"/>.</summary>
    public static void RecordFailedSignIn(LanternStore store, long id, int lockAfter, DateTimeOffset lockUntil) =>
        store.Connection.Execute(
            "UPDATE account SET failed_sign_ins = failed_sign_ins + 1, " +
            "locked_until = CASE WHEN failed_sign_ins + 1 >= @lockAfter THEN @until ELSE locked_until END WHERE id = @id",
            new { id, lockAfter, until = Iso(lockUntil) });

    public static void RecordSignIn(LanternStore store, long id) =>
        store.Connection.Execute("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = @id", new { id });

    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
