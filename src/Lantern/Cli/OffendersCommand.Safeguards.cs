using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Core.Offenders;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Cli;

/// <summary>The managed list, exports, the aggregate reports and subject access.</summary>
internal static partial class OffendersCommand
{
    private static Command Managed(CliContext context, GlobalOptions global)
    {
        var justification = Justification();
        var by = By();
        var json = Json("Print as JSON");
        var command = new Command("managed", "The managed list: people a supervisor accepted, with the decision and the score it was made on") { justification, by, json };
        command.SetAction(parse =>
        {
            string why = OffenderRun.Justified(parse.GetValue(justification));
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            var managed = OffenderStore.Managed(store);
            AuditEntry.Append(store, context.Time.GetUtcNow(), Who(parse, by), "offender-managed-list", "managed list", why,
                string.Create(CultureInfo.InvariantCulture, $"{{\"shown\": {managed.Count}}}"));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(managed.Select(m => new { review = m.Review, score = m.Score, since = m.Since }), JsonOutput.Options));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"{OffenderStore.Marking}. Managed list: {managed.Count} people accepted by a supervisor.");
            foreach (var m in managed)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {m.Score.PersonId}  harm {m.Score.Harm:#,##0.##}  RFGV {m.Score.Rfgv}  since {m.Since}  accepted by {m.Review.Reviewer} on run {m.Review.RunId}: {m.Review.Reason}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(CliContext context, GlobalOptions global)
    {
        var output = new Option<string>("--out") { Description = "The CSV file to write; its first line carries the handling marking", Required = true };
        var recipient = new Option<string?>("--recipient") { Description = "Who receives it (required: the export is logged as a disclosure to them)", Required = true };
        var managed = new Option<bool>("--managed") { Description = "Export the managed list instead of a scoring's list" };
        var run = Run();
        var top = new Option<int>("--top") { Description = "How many of the list", DefaultValueFactory = _ => 100 };
        var justification = Justification();
        var by = By();
        var command = new Command("export", $"Export a list as CSV marked {OffenderStore.Marking}, logged as a disclosure of each person to the recipient")
        {
            output, recipient, managed, run, top, justification, by,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            string path = parse.GetRequiredValue(output);
            var text = new StringWriter();
            (long id, int people) = OffenderDecisions.Export(store, parse.GetValue(run), parse.GetValue(managed), Math.Max(1, parse.GetValue(top)), text,
                parse.GetValue(recipient), Who(parse, by), parse.GetValue(justification), context.Time.GetUtcNow(), null);
            File.WriteAllText(path, text.ToString());
            context.Out.WriteLine($"Wrote {people} people to {path} ({OffenderStore.Marking}); logged as export {id}, a disclosure to {parse.GetValue(recipient)}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command PowerFew(CliContext context, GlobalOptions global)
    {
        var run = Run();
        var json = Json("Print as JSON");
        var command = new Command("power-few", "How concentrated harm is: the share of harm from the top 1, 5 and 10% of offenders, and of victims (aggregates only)") { run, json };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            StoredScoreRun r = OffenderRun.FindRun(store, parse.GetValue(run));
            PowerFewReport few = OffenderRun.PowerFewOf(store, r);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new { run = r.Id, asOf = r.AsOf, windowDays = r.WindowDays, powerFew = few }, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"Run {r.Id}, window of {r.WindowDays} days to {r.AsOf}:");
            PrintPowerFew(context, few);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Fairness(CliContext context, GlobalOptions global)
    {
        var run = Run();
        var managed = new Option<bool>("--managed") { Description = "The managed list's composition instead of the scoring's list" };
        var top = new Option<int>("--top") { Description = "How many of the list", DefaultValueFactory = _ => 100 };
        var area = new Option<string?>("--area-population") { Description = "Residents by group (attribute,group,residents): the second benchmark" };
        var censusArea = AreaOption();
        var justification = new Option<string?>("--justification")
        {
            Description = $"Required only for a list of fewer than {OffenderRun.SmallList} people, whose composition could tell who they are (audited)",
        };
        var by = By();
        var json = Json("Print as JSON");
        var command = new Command("fairness", "A list's composition by ethnicity, age band and sex against the suspect population and the area, with 95% intervals " +
            $"(aggregates only; a list of fewer than {OffenderRun.SmallList} people is person-level: justified and audited)")
        {
            run, managed, top, area, censusArea, justification, by, json,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            StoredScoreRun r = OffenderRun.FindRun(store, parse.GetValue(run));
            IReadOnlyList<string> listed = parse.GetValue(managed)
                ? [.. OffenderStore.Managed(store).Select(m => m.Score.PersonId)]
                : [.. OffenderStore.Scores(store, r.Id, Math.Max(1, parse.GetValue(top))).Select(s => s.PersonId)];
            if (listed.Count < OffenderRun.SmallList)
            {
                // A handful of people's characteristics, next to a list that names them, is their personal data.
                string why = string.IsNullOrWhiteSpace(parse.GetValue(justification))
                    ? throw new CliException($"the list has {listed.Count} people, fewer than {OffenderRun.SmallList}: its composition could tell who they are, " +
                        "so it is shown only with --justification, and audited (DPA 2018 s.62)", ExitCodes.Usage)
                    : OffenderRun.Justified(parse.GetValue(justification));
                AuditEntry.Append(store, context.Time.GetUtcNow(), Who(parse, by), "offender-fairness",
                    parse.GetValue(managed) ? "managed list" : $"offender run {r.Id}", why,
                    string.Create(CultureInfo.InvariantCulture, $"{{\"people\": {listed.Count}}}"));
            }

            PersonDemographics demographics = OffenderStore.Demographics(store);
            AreaPopulation? population = parse.GetValue(area) is { } file ? OffenderTables.ReadAreaPopulation(file) : null;
            OffenderArea.Resolved census = OffenderRun.CensusOf(store, r, parse.GetValue(censusArea));
            FairnessReport report = FairnessReport.Compute(GroupComposition.Of(listed, demographics), OffenderRun.SuspectComposition(store, r), population,
                census.Benchmark) with { CensusNote = census.Note };
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new { run = r.Id, fairness = report }, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            PrintFairness(context, report);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command SubjectAccess(CliContext context, GlobalOptions global)
    {
        var person = new Argument<string>("person") { Description = "The person's pseudonymous id" };
        var justification = Justification();
        var by = By();
        var json = Json("Print as JSON");
        var command = new Command("subject-access", "Everything held about a person id and every disclosure of it (right of access, DPA 2018 Part 3)")
        {
            person, justification, by, json,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            SubjectAccessReport r = OffenderDecisions.SubjectAccess(store, parse.GetRequiredValue(person), Who(parse, by), parse.GetValue(justification),
                context.Time.GetUtcNow(), null);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(r, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            PrintSubjectAccess(context, r);
            return ExitCodes.Ok;
        });
        return command;
    }
}
