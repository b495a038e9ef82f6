using Lantern.Data.Store;
using Lantern.Web.Pages;

namespace Lantern.Web.Services;

/// <summary>
/// An account's state as an administrator needs it, on the accounts page and in <c>lantern users list</c>: disabled, or
/// which sign-ins are locked and until when (UK time), or that its holder must choose a new password; "active" otherwise.
/// </summary>
internal sealed class AccountState
{
    private readonly IReadOnlyDictionary<long, (long Count, string Until)> _lockedDevices;
    private readonly DateTimeOffset _now;

    private AccountState(IReadOnlyDictionary<long, (long Count, string Until)> lockedDevices, DateTimeOffset now) => (_lockedDevices, _now) = (lockedDevices, now);

    /// <summary>Reads the locks in force at <paramref name="now"/>, for describing any number of accounts.</summary>
    public static AccountState At(LanternStore store, DateTimeOffset now) => new(TrustedDevice.Locked(store, now), now);

    /// <summary>Whether wrong passwords lock any of the account's sign-ins now (an administrator may lift the locks).</summary>
    public bool IsLocked(Account account) =>
        !account.IsDisabled && (NewBrowsersLocked(account) || _lockedDevices.ContainsKey(account.Id));

    public string Describe(Account account)
    {
        if (account.IsDisabled)
        {
            return "disabled";
        }

        var states = new List<string>();
        if (NewBrowsersLocked(account))
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

    // Wrong passwords from browsers the account has not used lock it for those browsers until a time not yet passed.
    private bool NewBrowsersLocked(Account account) => account.LockedUntilTime is { } until && until > _now;
}
