using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin;

/// <summary>
/// Administrators create accounts, assign roles, reset passwords, disable accounts and enable them again; every change is
/// audited.
/// </summary>
internal sealed class AccountsModel(StoreAccess stores, TimeProvider time) : PageModel
{
    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Each account's state (<see cref="AccountState"/>).</summary>
    public AccountState? States { get; private set; }

    public void OnGet(string? message)
    {
        using LanternStore store = stores.Open();
        Accounts = Account.List(store);
        States = AccountState.At(store, time.GetUtcNow());
        Message = message;
    }

    public IActionResult OnPostCreate(string? userName, string? displayName, string? password, string[]? roles, string? force, string? areaCode) =>
        Do(store => AccountService.Create(store, new AccountForm(userName, displayName, password, Split(roles), force, areaCode), Me, time.GetUtcNow(), Client, mustChangePassword: true),
            $"Created {userName}.");

    public IActionResult OnPostUpdate(long id, string[]? roles, string? force, string? areaCode, bool disabled) =>
        Do(store => AccountService.Update(store, id, new AccountForm(null, null, null, Split(roles), force, areaCode), disabled, Me, time.GetUtcNow(), Client),
            "Saved.");

    public IActionResult OnPostPassword(long id, string? password) =>
        Do(store => AccountService.ResetPassword(store, id, password, Me, time.GetUtcNow(), Client), "Password reset; the account's sessions have ended, and its holder will choose their own at the next sign-in.");

    public IActionResult OnPostUnlock(long id) =>
        Do(store => AccountService.Unlock(store, id, Me, time.GetUtcNow(), Client), "Unlocked: the account can sign in again from any browser.");

    public IActionResult OnPostEnable(long id) =>
        Do(store => AccountService.Enable(store, id, Me, time.GetUtcNow(), Client)
            ? $"Enabled {Account.Find(store, id)!.UserName}: it can sign in again." // Enable refused a missing id
            : "That account was not disabled: nothing changed.");

    private string Me => AuditTrail.ActorOf(User);

    private string? Client => AuditTrail.ClientOf(HttpContext);

    // One value a ticked box; a value may also list several, comma-separated, as a script posting the form may send them.
    private static string[] Split(string[]? roles) =>
        [.. (roles ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private RedirectResult Do(Action<LanternStore> action, string done) => Do(store =>
    {
        action(store);
        return done;
    });

    // The message says what was done, when that depends on what the account was.
    private RedirectResult Do(Func<LanternStore, string> action)
    {
        string message;
        try
        {
            using LanternStore store = stores.Open();
            message = action(store);
        }
        catch (CliException e)
        {
            // A form mistake (a taken name, a short password): shown to the administrator, nothing changed.
            message = WebText.FromCli(e.Message);
        }

        return Redirect($"/admin/accounts?message={Uri.EscapeDataString(message)}");
    }
}
