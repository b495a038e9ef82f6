using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin;

/// <summary>Administrators create accounts, assign roles, reset passwords and disable accounts; every change is audited.</summary>
internal sealed class AccountsModel(StoreAccess stores, TimeProvider time) : PageModel
{
    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public string? Message { get; private set; }

    private IReadOnlyDictionary<long, (long Count, string Until)> _lockedDevices = new Dictionary<long, (long, string)>();

    public void OnGet(string? message)
    {
        using LanternStore store = stores.Open();
        Accounts = Account.List(store);
        _lockedDevices = TrustedDevice.Locked(store, time.GetUtcNow());
        Message = message;
    }

    /// <summary>
    /// An account's state as an administrator needs it: disabled, or which sign-ins are locked and until when (UK time),
    /// or that its holder must choose a new password; "active" otherwise. A reset password lifts every lock.
    /// </summary>
    public string State(Account account)
    {
        if (account.IsDisabled)
        {
            return "disabled";
        }

        var states = new List<string>();
        if (account.LockedUntilTime is { } until && until > time.GetUtcNow())
        {
            states.Add($"locked until {ShownTime.Uk(account.LockedUntil!)} for browsers it has not signed in from (wrong passwords from them)");
        }

        if (_lockedDevices.TryGetValue(account.Id, out var devices))
        {
            states.Add(devices.Count == 1
                ? $"one of its own browsers locked until {ShownTime.Uk(devices.Until)} (wrong passwords from it)"
                : $"{devices.Count} of its own browsers locked, the last until {ShownTime.Uk(devices.Until)} (wrong passwords from them)");
        }

        if (account.MustChangePassword != 0)
        {
            states.Add("must choose a new password at the next sign-in");
        }

        return states.Count == 0 ? "active" : string.Join("; ", states);
    }

    public IActionResult OnPostCreate(string? userName, string? displayName, string? password, string[]? roles, string? force, string? areaCode) =>
        Do(store => AccountService.Create(store, new AccountForm(userName, displayName, password, Split(roles), force, areaCode), Me, time.GetUtcNow(), Client, mustChangePassword: true),
            $"Created {userName}.");

    public IActionResult OnPostUpdate(long id, string[]? roles, string? force, string? areaCode, bool disabled) =>
        Do(store => AccountService.Update(store, id, new AccountForm(null, null, null, Split(roles), force, areaCode), disabled, Me, time.GetUtcNow(), Client),
            "Saved.");

    public IActionResult OnPostPassword(long id, string? password) =>
        Do(store => AccountService.ResetPassword(store, id, password, Me, time.GetUtcNow(), Client), "Password reset; the account's sessions have ended, and its holder will choose their own at the next sign-in.");

    private string Me => AuditTrail.ActorOf(User);

    private string? Client => AuditTrail.ClientOf(HttpContext);

    // One value a ticked box; a value may also list several, comma-separated, as a script posting the form may send them.
    private static string[] Split(string[]? roles) =>
        [.. (roles ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private RedirectResult Do(Action<LanternStore> action, string done)
    {
        string message;
        try
        {
            using LanternStore store = stores.Open();
            action(store);
            message = done;
        }
        catch (CliException e)
        {
            // A form mistake (a taken name, a short password): shown to the administrator, nothing changed.
            message = WebText.FromCli(e.Message);
        }

        return Redirect($"/admin/accounts?message={Uri.EscapeDataString(message)}");
    }
}
