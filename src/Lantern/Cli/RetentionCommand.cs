using System.CommandLine;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Core.Offenders;
using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary><c>lantern retention run</c>: MoPI retention of offender data (docs/offenders.md); the server runs it daily.</summary>
internal static class RetentionCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var group1 = new Option<int>("--group1-review") { Description = "Years between reviews of MoPI group 1 (never erased automatically)", DefaultValueFactory = _ => 10 };
        var group2 = new Option<int>("--group2") { Description = "MoPI group 2 clear period in years", DefaultValueFactory = _ => 10 };
        var group3 = new Option<int>("--group3") { Description = "MoPI group 3 clear period in years", DefaultValueFactory = _ => 6 };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var run = new Command("run", "Take people who no longer qualify off the managed list, and erase offender data past its MoPI retention date, " +
            "each erasure in the audit log") { group1, group2, group3, json };
        run.SetAction(parse =>
        {
            var policy = new RetentionPolicy { Group1ReviewYears = parse.GetValue(group1), Group2Years = parse.GetValue(group2), Group3Years = parse.GetValue(group3) };
            if (Math.Min(policy.Group1ReviewYears, Math.Min(policy.Group2Years, policy.Group3Years)) < 1)
            {
                throw new CliException("retention periods are whole years, 1 or more", ExitCodes.Usage);
            }

            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            RetentionRun.Outcome o = RetentionRun.Run(store, policy, context.Time.GetUtcNow(), "retention (" + Environment.UserName + ")");
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(o, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"Retention run {o.RunId} on {o.Today:yyyy-MM-dd} ({o.Policy}): {o.People:N0} people with records; {o.LeftList} left the managed list; " +
                $"{o.Erased} erased (each in the audit log); {o.ReviewDue} in MoPI group 1 due for review (kept).");
            foreach (string note in o.Notes)
            {
                context.Out.WriteLine(note + ".");
            }

            return ExitCodes.Ok;
        });
        return new Command("retention", "Retention of person-level data (Management of Police Information)") { run };
    }
}
