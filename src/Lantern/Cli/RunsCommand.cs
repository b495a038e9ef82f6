using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern runs list|show</c>: every hot-spot and tasking result is recorded with its parameters, the data it used,
/// its automatic choices, seed and version; this is how an analyst, supervisor or auditor sees them again.
/// </summary>
internal static class RunsCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("runs", "Recorded results: what was run, by whom, with which parameters, data and version");
        command.Subcommands.Add(List(context, global));
        command.Subcommands.Add(Show(context, global));
        return command;
    }

    private static Command List(CliContext context, GlobalOptions global)
    {
        var kind = new Option<string?>("--kind")
        {
            Description = "Only runs of this kind: hotspots, tasking, backtest, stopsearch, stopsearch-veil, stopsearch-bwv, stopsearch-places, stopsearch-boroughs, stopsearch-report, section60, method-choice, offenders or retention",
        };
        kind.AcceptOnlyFromAmong("hotspots", "tasking", "backtest", "stopsearch", "stopsearch-veil", "stopsearch-bwv", "stopsearch-places", "stopsearch-boroughs",
            "stopsearch-report", "section60", Analysis.MethodChoice.Kind, "offenders", "retention");
        var force = new Option<string?>("--force") { Description = "Only runs for this force" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "List recorded runs, newest first") { kind, force, limit };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            var runs = AnalysisRun.List(store, parse.GetValue(kind), ForceOption.Resolve(parse.GetValue(force)), Math.Max(1, parse.GetValue(limit)));
            if (runs.Count == 0)
            {
                context.Out.WriteLine("No recorded runs.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Run", "Kind", "Force", "When (UTC)", "By", "Lantern");
            foreach (var r in runs)
            {
                table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.Kind, Markup.Escape(r.Force ?? "-"), r.CreatedAt, Markup.Escape(r.CreatedBy), r.Version);
            }

            context.Console.Write(table);
            context.Out.WriteLine("Show one with 'lantern runs show N'.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context, GlobalOptions global)
    {
        var id = new Argument<long>("run") { Description = "The run's number, as printed with its result" };
        var command = new Command("show", "Show a recorded run as JSON: parameters, data used, automatic choices, result") { id };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            long n = parse.GetValue(id);
            var run = AnalysisRun.Find(store, n) ?? throw new CliException($"There is no run #{n} in {store.Name}.");
            using JsonDocument parameters = JsonDocument.Parse(run.Parameters);
            using JsonDocument inputs = JsonDocument.Parse(run.Inputs);
            using JsonDocument result = JsonDocument.Parse(run.Result);
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                run = n,
                kind = run.Kind,
                force = run.Force,
                createdAt = run.CreatedAt,
                createdBy = run.CreatedBy,
                lanternVersion = run.Version,
                parameters = parameters.RootElement,
                inputs = inputs.RootElement,
                result = result.RootElement,
            }, JsonOutput.Options));
            return ExitCodes.Ok;
        });
        return command;
    }
}
