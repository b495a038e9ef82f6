using System.CommandLine;
using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary><c>lantern audit verify</c>: checks the audit log's hash chain and names the first broken link.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var verify = new Command("verify", "Check the audit log's hash chain; exit code 1 and the first broken entry when it is broken");
        verify.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            (long count, AuditBreak? broken) = AuditEntry.Verify(store);
            if (broken is not null)
            {
                context.Err.WriteLine($"lantern: the audit log is BROKEN at entry {broken.EntryId}: {broken.Reason}. {count - 1:N0} entries before it are intact.");
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine($"The audit log's chain of {count:N0} entries is intact.");
            return ExitCodes.Ok;
        });
        return new Command("audit", "The audit log of sign-ins, imports, publications, account changes and views of person-level data") { verify };
    }
}
