using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern runs list|show|check</c>: every hot-spot and tasking result is recorded with its parameters, the data it used,
/// its automatic choices, seed and version; this is how an analyst, supervisor or auditor sees them again, and checks that a
/// tasking list follows from its record.
/// </summary>
internal static class RunsCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("runs", "Recorded results: what was run, by whom, with which parameters, data and version");
        command.Subcommands.Add(List(context, global));
        command.Subcommands.Add(Show(context, global));
        command.Subcommands.Add(Check(context, global));
        return command;
    }

    private static Command Check(CliContext context, GlobalOptions global)
    {
        var id = new Argument<long>("run") { Description = "The run's number, as printed with its result" };
        var json = new Option<bool>("--json") { Description = "Print the check as JSON, every difference included" };
        var command = new Command("check", "Compute a recorded tasking list, hot spots, backtest or stop-and-search figure again from its record (parameters, seed, " +
            "harm table, adjustments) on the data now, and say whether the result is the same; exit code 1 when it is not")
        {
            id, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            RunCheckResult check = await RunCheck.CheckAsync(store, parse.GetValue(id), context.Time, ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(check.Json(), JsonOutput.Options));
            }
            else
            {
                WriteCheck(context.Out, check);
            }

            return check.Reproduced ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }

    private static void WriteCheck(TextWriter o, RunCheckResult c)
    {
        const int Shown = 20;
        o.WriteLine($"Run #{c.Run}, {c.Kind}{(c.Force is null ? string.Empty : " for " + c.Force)}: recorded {c.RecordedAt} by {c.RecordedBy} with Lantern " +
            $"{c.RecordedVersion}; computed again from its record with Lantern {c.Version}, on the data in the store now.");
        if (c.Identical)
        {
            o.WriteLine($"Reproduced: the same result, byte for byte (SHA-256 {c.Sha256}).");
        }
        else if (c.SameButRounding)
        {
            o.WriteLine($"Reproduced but for rounding: {c.Result.Count:N0} numbers differ in their last digits only (relative difference under " +
                $"{JsonDifferences.Rounding:0e0}, as another processor may compute them); nothing else differs.");
        }
        else
        {
            // A file edited since the run is said first, in words: the result may still come out the same ("differs in
            // 0 values" said nothing of why it was not reproduced), and its hash is otherwise one line among the parameters.
            for (int i = 0; i < c.ChangedFiles.Count; i++)
            {
                ChangedFile f = c.ChangedFiles[i];
                o.WriteLine($"{(i == 0 ? "Not reproduced: the" : "The")} {f.File} {f.Path} has changed since the run: " +
                    $"SHA-256 {f.RecordedSha256} then, {f.Sha256} now.");
            }

            if (c.Result.Count == 0)
            {
                (string now, string then) = c.ChangedFiles.Count == 1
                    ? ("the file as it is now", "the file the run used is")
                    : ("the files as they are now", "the files the run used are");
                o.WriteLine(c.ChangedFiles.Count > 0
                    ? $"Computed with {now}, the result is the same, byte for byte (SHA-256 {c.Sha256}); {then} no longer there to check it with."
                    : $"Not reproduced: the parameters differ from the record (below); computed with them, the result is the same, byte for byte (SHA-256 {c.Sha256}).");
            }
            else
            {
                o.WriteLine($"{(c.ChangedFiles.Count > 0 ? "The result" : "Not reproduced: the result")} differs in {c.Result.Count:N0} values" +
                    $"{(c.Result.Count > Shown ? $" (the first {Shown} below; --json gives all)" : string.Empty)}.");
                if (c.PlacesThen.Count + c.PlacesNow.Count > 0)
                {
                    o.WriteLine(Places(c.PlacesThen, c.PlacesNow));
                }

                Write(o, c.Result, Shown);
            }
        }

        var parameters = c.Parameters.Where(d => !c.ChangedFiles.Any(f => f.Parameter == d.Path)).ToList();
        if (parameters.Count > 0)
        {
            o.WriteLine(parameters.All(d => d.Then is null)
                ? "Recorded now but not by the Lantern that made the record:"
                : c.ChangedFiles.Count > 0 ? "Other parameters differ from the record:" : "The parameters differ from the record:");
            Write(o, parameters, Shown);
        }

        if (c.Inputs.Count > 0)
        {
            o.WriteLine(c.Reproduced ? "The data used is described differently now:" : "The data used differs:");
            Write(o, c.Inputs, Shown);
        }
        else if (!c.Reproduced)
        {
            o.WriteLine("The data used is described the same (the same months from the same kinds of source, the same counts).");
        }
    }

    // "Places: 14 of the 20 recorded are on the list computed now (6 left it, 6 came on; the order changed)."
    private static string Places(IReadOnlyList<string> then, IReadOnlyList<string> now)
    {
        if (then.SequenceEqual(now, StringComparer.Ordinal))
        {
            return $"The same {now.Count:N0} places in the same order; what differs is below.";
        }

        var common = then.Intersect(now, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        bool reordered = !then.Where(common.Contains).SequenceEqual(now.Where(common.Contains), StringComparer.Ordinal);
        return $"Places: {common.Count:N0} of the {then.Count:N0} recorded are on the list computed now ({then.Count - common.Count:N0} left it, " +
            $"{now.Count - common.Count:N0} came on{(reordered ? "; those on both are in another order" : string.Empty)}).";
    }

    private static void Write(TextWriter o, IReadOnlyList<Analysis.JsonDifference> differences, int shown)
    {
        foreach (Analysis.JsonDifference d in differences.Take(shown))
        {
            o.WriteLine($"  {d.Path}: {d.Then ?? "(absent)"} then, {d.Now ?? "(absent)"} now");
        }
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
