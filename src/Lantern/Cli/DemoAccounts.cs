using Lantern.Data.Generation;
using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;

namespace Lantern.Cli;

/// <summary>
/// The demo's accounts, one per role, with a published password: only ever in the demo database (lantern demo), whose
/// data is fictional. A real database gets its first administrator from 'lantern users add' and no default password.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "lantern-demo-2026";

    public static IEnumerable<string> Ensure(LanternStore store, DateTimeOffset at)
    {
        (string User, string Name, string Role)[] people =
        [
            ("analyst", "Demo Analyst", Roles.Analyst),
            ("inspector", "Demo Tasking Inspector", Roles.Supervisor),
            ("officer", "Demo Patrol Officer", Roles.Officer),
            ("admin", "Demo Administrator", Roles.Administrator),
            ("scrutiny", "Demo Scrutiny Panel", Roles.Scrutiny),
            ("protection", "Demo Public Protection Unit", Roles.PublicProtection),
        ];
        foreach ((string user, string name, string role) in people)
        {
            if (Account.Find(store, user) is null)
            {
                AccountService.Create(store, new AccountForm(user, name, Password, [role], SyntheticForce.Slug, null), "demo", at, null);
            }
        }

        yield return $"Demo accounts (fictional data only), password '{Password}': {string.Join(", ", people.Select(p => $"{p.User} ({p.Role})"))}.";
        yield return "The offender list (/offenders) is shown to public protection only: sign in as 'protection'.";
    }
}
