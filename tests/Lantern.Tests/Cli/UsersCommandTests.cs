using Lantern.Data.Store;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Tests.Cli;

/// <summary><c>lantern users</c>: the first administrator, the list of accounts with their state, and a password set from the server.</summary>
public sealed class UsersCommandTests
{
    [Fact]
    public void AnAdministratorLockedOut_IsLetBackInFromTheServer_AndTheListSaysSo()
    {
        using var cli = new CliRun();
        cli.Variables["FIRST"] = "first-password-of-twelve";
        cli.Variables["SECOND"] = "second-password-of-twelve";
        Assert.Contains("Created account #1 chief (administrator)", cli.RunOk("users", "add", "Chief", "--role", "administrator", "--password-env", "FIRST"), StringComparison.Ordinal);
        Assert.EndsWith("\tactive", cli.RunOk("users", "list").Trim(), StringComparison.Ordinal);

        // Five wrong passwords from a browser it never used, and one from a browser it did.
        using (LanternStore store = LanternStore.Open(cli.Db))
        {
            for (int i = 0; i < 5; i++)
            {
                Account.RecordFailedSignIn(store, 1, 5, cli.Time.GetUtcNow().AddMinutes(15));
            }

            string token = TrustedDevice.NewToken();
            TrustedDevice.SignedIn(store, token, 1, cli.Time.GetUtcNow(), cli.Time.GetUtcNow().AddDays(-180));
            TrustedDevice.Find(store, token, 1)!.RecordFailedSignIn(store, 1, cli.Time.GetUtcNow().AddMinutes(15));
        }

        string locked = cli.RunOk("users", "list");
        Assert.Contains("locked until 2026-11-21 09:15 GMT for browsers it has not signed in from", locked, StringComparison.Ordinal);
        Assert.Contains("one of its own browsers locked until 2026-11-21 09:15 GMT", locked, StringComparison.Ordinal);

        string set = cli.RunOk("users", "password", "CHIEF", "--password-env", "SECOND");
        Assert.Contains("Set the password of chief: its sessions have ended and its sign-ins are unlocked.", set, StringComparison.Ordinal);
        Assert.EndsWith("\tactive", cli.RunOk("users", "list").Trim(), StringComparison.Ordinal);
        using (LanternStore store = LanternStore.Open(cli.Db))
        {
            Account chief = Account.Find(store, "chief")!;
            Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<Account>().VerifyHashedPassword(chief, chief.PasswordHash!, "second-password-of-twelve"));
            Assert.Empty(TrustedDevice.Locked(store, cli.Time.GetUtcNow()));
            AuditEntry reset = Assert.Single(AuditEntry.Search(store, null, "account-password-reset", null, null, null, 10));
            Assert.StartsWith("cli:", reset.Actor, StringComparison.Ordinal);
            Assert.Equal("chief", reset.Subject);
        }

        // For someone else: they must choose their own at the next sign-in.
        cli.RunOk("users", "password", "chief", "--password-env", "FIRST", "--must-change");
        Assert.EndsWith("\tmust choose a new password at the next sign-in", cli.RunOk("users", "list").Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void APassword_ForNoSuchAccount_OrTooShort_IsRefused_AndChangesNothing()
    {
        using var cli = new CliRun();
        cli.Variables["PW"] = "a-password-of-twelve";
        cli.Variables["SHORT"] = "short";
        cli.RunOk("users", "add", "chief", "--role", "administrator", "--password-env", "PW");

        var (exit, _, error) = cli.Run("users", "password", "nobody", "--password-env", "PW");
        Assert.Equal(1, exit);
        Assert.Contains("no account 'nobody'", error, StringComparison.Ordinal);

        (exit, _, error) = cli.Run("users", "password", "chief", "--password-env", "SHORT");
        Assert.Equal(1, exit);
        Assert.Contains("12", error, StringComparison.Ordinal);
        using LanternStore store = LanternStore.Open(cli.Db);
        Assert.Empty(AuditEntry.Search(store, null, "account-password-reset", null, null, null, 10));
    }
}
