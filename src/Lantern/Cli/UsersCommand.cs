using System.CommandLine;
using Lantern.Data.Store;
using Lantern.Web.Services;

namespace Lantern.Cli;

/// <summary><c>lantern users add|list|password</c>: accounts from the command line, for the first administrator above all, and for
/// an administrator who can no longer sign in.</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var name = new Argument<string>("name") { Description = "User name" };
        var role = new Option<string[]>("--role") { Description = "Role: administrator, analyst, supervisor, officer, scrutiny or public-protection (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        var display = new Option<string?>("--name") { Description = "Full name" };
        var force = new Option<string?>("--force") { Description = "The force whose published tasking an officer sees (an officer's account needs one)" };
        var area = new Option<string?>("--area") { Description = "An officer's area code (their patrol list)" };
        var passwordEnv = new Option<string?>("--password-env") { Description = "Read the password from this environment variable instead of the terminal" };
        var add = new Command("add", "Create an account (asks for the password; never a default one)") { name, role, display, force, area, passwordEnv };
        add.SetAction(parse =>
        {
            string? password = parse.GetValue(passwordEnv) is { } env ? context.Environment(env) : ReadPassword(context);
            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            string user = parse.GetRequiredValue(name);
            long id = AccountService.Create(store, new AccountForm(user, parse.GetValue(display), password, parse.GetRequiredValue(role), parse.GetValue(force),
                parse.GetValue(area)), $"cli:{Environment.UserName}", context.Time.GetUtcNow(), null);
            context.Out.WriteLine($"Created account #{id} {Account.Normalise(user)} ({string.Join(", ", parse.GetRequiredValue(role))}).");
            return ExitCodes.Ok;
        });
        var list = new Command("list", "List accounts, their roles and state (disabled, locked, password to change)");
        list.SetAction(parse =>
        {
            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            AccountState states = AccountState.At(store, context.Time.GetUtcNow());
            foreach (Account a in Account.List(store))
            {
                context.Out.WriteLine($"{a.UserName}\t{a.Roles}\t{a.Force}\t{a.AreaCode}\t{states.Describe(a)}");
            }

            return ExitCodes.Ok;
        });

        // An administrator locked out, or who forgot their password, has no one to reset it on the web: whoever runs the
        // server can, as they created the first administrator.
        var who = new Argument<string>("name") { Description = "User name" };
        var passwordEnvAgain = new Option<string?>("--password-env") { Description = "Read the password from this environment variable instead of the terminal" };
        var mustChange = new Option<bool>("--must-change") { Description = "Its holder must choose their own password at the next sign-in (when you set it for someone else)" };
        var password = new Command("password", "Set an account's password from the server (a forgotten one, a locked-out administrator): ends its sessions and lifts its locks")
        {
            who, passwordEnvAgain, mustChange,
        };
        password.SetAction(parse =>
        {
            string? chosen = parse.GetValue(passwordEnvAgain) is { } env ? context.Environment(env) : ReadPassword(context);
            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            string user = Account.Normalise(parse.GetRequiredValue(who));
            Account account = Account.Find(store, user) ?? throw new CliException($"no account '{user}' (lantern users list shows them)");
            AccountService.ResetPassword(store, account.Id, chosen, $"cli:{Environment.UserName}", context.Time.GetUtcNow(), null, parse.GetValue(mustChange));
            context.Out.WriteLine($"Set the password of {account.UserName}: its sessions have ended and its sign-ins are unlocked" +
                (parse.GetValue(mustChange) ? "; its holder must choose their own at the next sign-in." : ".") +
                (account.IsDisabled ? " The account is still disabled: an administrator enables it on the accounts page." : string.Empty));
            return ExitCodes.Ok;
        });
        return new Command("users", "Accounts for the web app") { add, list, password };
    }

    private static string ReadPassword(CliContext context)
    {
        if (!context.Interactive || Console.IsInputRedirected)
        {
            throw new CliException("no terminal to ask for the password on: use --password-env VARIABLE", ExitCodes.Usage);
        }

        context.Out.Write("Password (12 characters or more): ");
        var chars = new List<char>();
        while (true)
        {
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                context.Out.WriteLine();
                return new string([.. chars]);
            }

            if (key.Key == ConsoleKey.Backspace && chars.Count > 0)
            {
                chars.RemoveAt(chars.Count - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }
    }
}
