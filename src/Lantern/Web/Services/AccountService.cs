using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Web.Security;

namespace Lantern.Web.Services;

/// <summary>Account administration, shared by the CLI (<c>lantern users</c>), the admin page and the API; every change is audited.</summary>
internal static class AccountService
{
    public const int MinimumPasswordLength = 12;

    /// <summary>
    /// Creates an account. <paramref name="mustChangePassword"/> is true when the password is chosen by someone else (an
    /// administrator on the accounts page or the API): its holder must choose their own at first sign-in. The CLI's
    /// <c>users add</c> leaves it false: whoever runs it on the server types the password in.
    /// </summary>
    public static long Create(LanternStore store, AccountForm form, string by, DateTimeOffset at, string? client, bool mustChangePassword = false)
    {
        string[] roles = CheckRoles(form.Roles);
        string user = Account.Normalise(form.UserName ?? string.Empty);
        if (user.Length is < 2 or > 64 || user.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@')))
        {
            throw new CliException("user name: 2-64 letters, digits, '.', '-', '_' or '@'");
        }

        if (Account.Find(store, user) is not null)
        {
            throw new CliException($"user name: '{user}' is taken");
        }

        CheckPassword(form.Password);
        (string? force, string? area) = CheckPlace(store, form, roles);
        using var tx = store.BeginTransaction();
        long id = Account.Create(store, user, string.IsNullOrWhiteSpace(form.DisplayName) ? user : form.DisplayName, SignInService.Hash(form.Password!),
            roles, force, area, mustChangePassword, by, at);
        AuditEntry.Append(store, at, by, "account-create", user, detail: JsonSerializer.Serialize(new { roles, form.Force, form.AreaCode, mustChangePassword }), client: client,
            transaction: tx);
        tx.Commit();
        return id;
    }

    public static void Update(LanternStore store, long id, AccountForm form, bool disabled, string by, DateTimeOffset at, string? client)
    {
        string[] roles = CheckRoles(form.Roles);
        Account account = Account.Find(store, id) ?? throw new CliException($"account {id}: no such account");
        (string? force, string? area) = CheckPlace(store, form, roles);
        using var tx = store.BeginTransaction();
        Account.Update(store, id, string.IsNullOrWhiteSpace(form.DisplayName) ? account.DisplayName : form.DisplayName, roles, force, area, disabled);
        if (Account.CountActiveAdministrators(store) == 0)
        {
            // No one could then manage accounts on the web (nor read the audit log) until someone ran lantern users on the server.
            throw new CliException($"{account.UserName} is the only active administrator: give another account the administrator role " +
                "before disabling this one or taking the role away");
        }

        // Enabling is named in the log as disabling is: who let an account back in matters as much as who shut it out.
        string action = disabled ? "account-disable" : account.IsDisabled ? "account-enable" : "account-update";
        AuditEntry.Append(store, at, by, action, account.UserName,
            detail: JsonSerializer.Serialize(new { roles, form.Force, form.AreaCode, disabled }), client: client, transaction: tx);
        tx.Commit();
    }

    /// <summary>
    /// An administrator enables a disabled account again, as it was (roles, force, area, password), audited as
    /// <c>account-enable</c> with the same detail as <c>account-disable</c>. An account that is not disabled is left as
    /// it is, with nothing audited: false.
    /// </summary>
    public static bool Enable(LanternStore store, long id, string by, DateTimeOffset at, string? client)
    {
        Account account = Account.Find(store, id) ?? throw new CliException($"account {id}: no such account");
        if (!account.IsDisabled)
        {
            return false;
        }

        using var tx = store.BeginTransaction();
        Account.Update(store, id, account.DisplayName, account.RoleList, account.Force, account.AreaCode, disabled: false);
        string detail = JsonSerializer.Serialize(new { roles = account.RoleList, account.Force, account.AreaCode, disabled = false });
        AuditEntry.Append(store, at, by, "account-enable", account.UserName, detail: detail, client: client, transaction: tx);
        tx.Commit();
        return true;
    }

    /// <summary>
    /// An administrator sets a new password: the account's sessions end, every lock on its sign-ins is lifted, and its
    /// holder must choose their own password at the next sign-in (the administrator knows this one), unless
    /// <paramref name="mustChange"/> is false (<c>lantern users password</c> on the server, typed by the holder themself).
    /// </summary>
    public static void ResetPassword(LanternStore store, long id, string? password, string by, DateTimeOffset at, string? client, bool mustChange = true)
    {
        CheckPassword(password);
        Account account = Account.Find(store, id) ?? throw new CliException($"account {id}: no such account");
        using var tx = store.BeginTransaction();
        Account.SetPassword(store, id, SignInService.Hash(password!), mustChange);
        TrustedDevice.UnlockAll(store, id); // a reset lets its holder in wherever wrong passwords had locked them out
        AuditEntry.Append(store, at, by, "account-password-reset", account.UserName, detail: mustChange ? null : "{\"mustChangePassword\":false}",
            client: client, transaction: tx);
        tx.Commit();
    }

    /// <summary>
    /// An administrator lifts the locks on an account's sign-ins (wrong passwords from browsers it has not used, and from
    /// any of its own) without changing its password: for a holder kept out by someone else's guesses.
    /// </summary>
    public static void Unlock(LanternStore store, long id, string by, DateTimeOffset at, string? client)
    {
        Account account = Account.Find(store, id) ?? throw new CliException($"account {id}: no such account");
        using var tx = store.BeginTransaction();
        Account.RecordSignIn(store, id); // the count of wrong passwords from new browsers starts again
        TrustedDevice.UnlockAll(store, id);
        AuditEntry.Append(store, at, by, "account-unlock", account.UserName, client: client, transaction: tx);
        tx.Commit();
    }

    private static string[] CheckRoles(IEnumerable<string>? roles)
    {
        string[] list = [.. (roles ?? []).Select(r => r.Trim().ToLowerInvariant()).Where(r => r.Length > 0).Distinct()];
        if (list.Length == 0)
        {
            throw new CliException($"roles: at least one of {string.Join(", ", Roles.All)}");
        }

        foreach (string r in list)
        {
            if (!Roles.IsKnown(r))
            {
                throw new CliException($"roles: '{r}' is not a role ({string.Join(", ", Roles.All)})");
            }
        }

        return list;
    }

    /// <summary>What is wrong with a password chosen for an account, or null.</summary>
    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < MinimumPasswordLength ? $"password: at least {MinimumPasswordLength} characters" : null;

    private static void CheckPassword(string? password)
    {
        if (PasswordProblem(password) is { } problem)
        {
            throw new CliException(problem);
        }
    }

    /// <summary>
    /// An account's force and area, refused when they could never match anything: an officer given a mistyped force or area
    /// saw an empty list with no explanation. A force must be a known police force or one the store holds crimes for (any
    /// slug while it holds none); an area must be an imported one (any code while none is imported). An officer's account
    /// must have a force: a patrol officer sees their own force's places only, and one without a force saw every force's.
    /// </summary>
    private static (string? Force, string? Area) CheckPlace(LanternStore store, AccountForm form, string[] roles)
    {
        string? force = ForceOption.Resolve(form.Force);
        if (force is null && roles.Contains(Roles.Officer, StringComparer.Ordinal))
        {
            throw new CliException("force: an officer's account needs one, the force whose published tasking they patrol");
        }

        if (force is not null && Lantern.Core.Forces.PoliceForces.Find(force) is null)
        {
            IReadOnlyList<string> held = CrimeQuery.ForceList(store);
            if (held.Count > 0 && !held.Contains(force, StringComparer.Ordinal))
            {
                throw new CliException($"force: '{force}' is neither a police force nor one the store holds crimes for ({string.Join(", ", held)})");
            }
        }

        string? area = FormText.OrNull(form.AreaCode);
        if (area is not null && AreaStore.Find(store, area) is null && AreaStore.Summary(store).Count > 0)
        {
            throw new CliException($"area: no imported boundary has the code '{area}'");
        }

        return (force, area);
    }
}
