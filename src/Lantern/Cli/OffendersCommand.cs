using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Data.Formats;
using Lantern.Data.Generation;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern offenders generate|import|score|list|explain|review|managed|export|power-few|fairness|subject-access</c>:
/// offender prioritisation (docs/offenders.md). Every view, export and decision of person-level data needs
/// <c>--justification</c> and is written to the audit log (DPA 2018 s.62).
/// </summary>
internal static partial class OffendersCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("offenders", "Offender prioritisation: the most harmful violence against women and girls suspects, explained, reviewed and safeguarded");
        command.Subcommands.Add(Generate(context));
        command.Subcommands.Add(Import(context, global));
        command.Subcommands.Add(Score(context, global));
        command.Subcommands.Add(List(context, global));
        command.Subcommands.Add(Explain(context, global));
        command.Subcommands.Add(Review(context, global));
        command.Subcommands.Add(Managed(context, global));
        command.Subcommands.Add(Export(context, global));
        command.Subcommands.Add(PowerFew(context, global));
        command.Subcommands.Add(Fairness(context, global));
        command.Subcommands.Add(SubjectAccess(context, global));
        return command;
    }

    private static Option<string?> Justification() =>
        new("--justification") { Description = "Why you need this person-level data (required; written to the audit log, DPA 2018 s.62)" };

    private static Option<string?> By() => new("--by") { Description = "Who is doing this, for the audit log (default: the login name)" };

    private static Option<long?> Run() => new("--run") { Description = "The scoring run (default: the latest)" };

    private static Option<bool> Json(string what) => new("--json") { Description = what };

    private static string Who(ParseResult parse, Option<string?> by) => parse.GetValue(by) ?? Environment.UserName;

    private static Command Generate(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The CSV file to write (offender records force export format)", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "The last day with records, yyyy-MM-dd (default: yesterday)" };
        var years = new Option<int>("--years") { Description = "Years of records", DefaultValueFactory = _ => 2 };
        var suspects = new Option<int>("--suspects") { Description = "Suspects a year", DefaultValueFactory = _ => OffenderGeneratorOptions.DefaultSuspectsPerYear };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and options give the same file", DefaultValueFactory = _ => GeneratorOptions.DefaultSeed };
        var command = new Command("generate", "Write a synthetic force's offender records (fictional people) for demos, tests and benchmarks") { output, asOf, years, suspects, seed };
        command.SetAction(parse =>
        {
            DateOnly end = Core.Time.UkTime.DateOf(context.Time.GetUtcNow()).AddDays(-1);
            if (parse.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out end))
            {
                throw new CliException($"--as-of '{text}' is not a date (yyyy-MM-dd)", ExitCodes.Usage);
            }

            var options = new OffenderGeneratorOptions { AsOf = end, Years = parse.GetValue(years), SuspectsPerYear = parse.GetValue(suspects), Seed = parse.GetValue(seed) };
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new CliException($"{e.ParamName} is out of range", ExitCodes.Usage);
            }

            var rows = SyntheticOffenders.Generate(options);
            string path = parse.GetRequiredValue(output);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!); // a full path has a folder
            using (var writer = new StreamWriter(path))
            {
                SyntheticOffenders.Write(rows, writer);
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {rows.Count:N0} synthetic offender records ({rows.Select(r => r.Record.PersonId).Distinct().Count():N0} people) to {path}, " +
                $"{end.AddDays(1 - (options.Years * 365)):yyyy-MM-dd}..{end:yyyy-MM-dd}, seed {options.Seed}. Fictional: no real person."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(CliContext context, GlobalOptions global)
    {
        var files = new Argument<string[]>("file") { Description = "Offender records exports (docs/formats.md)", Arity = ArgumentArity.OneOrMore };
        var by = By();
        var command = new Command("import", "Import offender records exports: each file whole or not at all (every error listed with file, line and field); " +
            "the same file twice changes nothing") { files, by };
        command.SetAction(parse =>
        {
            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            int code = ExitCodes.Ok;
            foreach (string path in parse.GetRequiredValue(files))
            {
                if (!File.Exists(path))
                {
                    context.Err.WriteLine($"lantern: {path}: no such file");
                    code = ExitCodes.BadInput;
                    continue;
                }

                (OffenderImportResult? r, IReadOnlyList<FileError> errors) = OffenderStore.ImportFile(store, path, Who(parse, by), context.Time.GetUtcNow(), null);
                if (r is null)
                {
                    context.Err.WriteLine($"lantern: {path}: not imported ({errors.Count}{(errors.Count >= 100 ? " or more" : string.Empty)} errors; nothing from the file was kept):");
                    foreach (FileError e in errors)
                    {
                        context.Err.WriteLine("  " + e);
                    }

                    code = ExitCodes.BadInput;
                    continue;
                }

                context.Out.WriteLine(r.AlreadyImported
                    ? $"{path}: imported before; nothing changed."
                    : string.Create(CultureInfo.InvariantCulture, $"{path}: {r.Rows:N0} rows of {r.People:N0} people: {r.Added:N0} records added, {r.Updated:N0} updated."));
            }

            return code;
        });
        return command;
    }

    private static Command Score(CliContext context, GlobalOptions global)
    {
        var asOf = new Option<string?>("--as-of") { Description = "The window's last day, yyyy-MM-dd (default: today, UK)" };
        var window = new Option<int?>("--window") { Description = "The rolling window in days (default 365)" };
        var offences = new Option<string?>("--offences")
        {
            Description = "The offence set: offence groups, comma-separated; 'domestic-' before one counts only domestic records (default " +
                "child-sexual,controlling-behaviour,domestic-assault,domestic-serious-violence,harassment,rape,sexual-assault,stalking)",
        };
        var halfLife = new Option<double?>("--half-life") { Description = "Recency decay: an offence this many days old counts half (default: no decay)" };
        var weights = new Option<string?>("--weights") { Description = "A harm table file replacing the default CCHI weights by offence code (docs/harm.md)" };
        var groups = new Option<string?>("--groups") { Description = "An offence groups file replacing the default (code,group,mopi,description)" };
        var bands = new Option<string?>("--bands") { Description = "An RFGV bands file replacing the default (factor,from,to,points)" };
        var area = new Option<string?>("--area-population") { Description = "Residents by group (attribute,group,residents): the fairness report's second benchmark" };
        var censusArea = AreaOption();
        var top = new Option<int>("--top") { Description = "How many of the top to keep and show", DefaultValueFactory = _ => 100 };
        var justification = Justification();
        var by = By();
        var json = Json("Print the run, its list, wanted list, fairness report and power few as JSON");
        var command = new Command("score", "Score everyone held by the harm of their alleged offences, keep the top of the list with explanations, " +
            "and show it with the fairness report beside it; recorded as a run")
        {
            asOf, window, offences, halfLife, weights, groups, bands, area, censusArea, top, justification, by, json,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            OffenderRunResult r = OffenderRun.Score(store, new OffenderScoreRequest
            {
                AsOf = parse.GetValue(asOf),
                WindowDays = parse.GetValue(window),
                Offences = parse.GetValue(offences),
                HalfLifeDays = parse.GetValue(halfLife),
                WeightsFile = parse.GetValue(weights),
                GroupsFile = parse.GetValue(groups),
                BandsFile = parse.GetValue(bands),
                AreaPopulationFile = parse.GetValue(area),
                Area = parse.GetValue(censusArea),
                Top = parse.GetValue(top),
                By = Who(parse, by),
                Justification = parse.GetValue(justification),
            }, context.Time.GetUtcNow(), null);
            return Print(context, r, parse.GetValue(json));
        });
        return command;
    }

    private static Command List(CliContext context, GlobalOptions global)
    {
        var run = Run();
        var top = new Option<int>("--top") { Description = "How many to show", DefaultValueFactory = _ => 100 };
        var area = new Option<string?>("--area-population") { Description = "Residents by group (attribute,group,residents) for the fairness report" };
        var censusArea = AreaOption();
        var justification = Justification();
        var by = By();
        var json = Json("Print as JSON");
        var command = new Command("list", "A scoring's list and wanted list, with the fairness report beside it") { run, top, area, censusArea, justification, by, json };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            OffenderRunResult r = OffenderRun.List(store, parse.GetValue(run), Math.Max(1, parse.GetValue(top)), Who(parse, by), parse.GetValue(justification),
                context.Time.GetUtcNow(), null, parse.GetValue(area), parse.GetValue(censusArea));
            return Print(context, r, parse.GetValue(json));
        });
        return command;
    }

    private static Option<string?> AreaOption() => new("--area")
    {
        Description = "The area whose census residents benchmark the list's ethnicity: a force (slug or name) or a borough (code or name), or 'none' " +
            "(default: the area the run was scored with, else the force whose crimes the store holds)",
    };

    private static Command Explain(CliContext context, GlobalOptions global)
    {
        var person = new Argument<string>("person") { Description = "The person's pseudonymous id" };
        var run = Run();
        var justification = Justification();
        var by = By();
        var json = Json("Print the score and explanation as JSON");
        var command = new Command("explain", "Why a person has their score: every record, its part, the window and the versions, in words") { person, run, justification, by, json };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            StoredScore s = OffenderRun.Explain(store, parse.GetValue(run), parse.GetRequiredValue(person), Who(parse, by), parse.GetValue(justification),
                context.Time.GetUtcNow(), null);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new { score = s, lines = s.Explanation.Split('\n') }, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine(s.Explanation);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Review(CliContext context, GlobalOptions global)
    {
        var person = new Argument<string>("person") { Description = "The person's pseudonymous id" };
        var decision = new Option<string?>("--decision") { Description = "accept (onto the managed list), reject (off it) or defer", Required = true };
        decision.AcceptOnlyFromAmong(OffenderDecisions.Decisions);
        var reason = new Option<string?>("--reason") { Description = "Why: kept with the decision and the score it was made on", Required = true };
        var run = Run();
        var justification = Justification();
        var by = new Option<string?>("--reviewer") { Description = "The reviewing supervisor (default: the login name)" };
        var command = new Command("review", "Record a supervisor's decision on a listed person's score; only 'accept' puts a person on the managed list")
        {
            person, decision, reason, run, justification, by,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            StoredReview r = OffenderDecisions.Review(store, parse.GetValue(run), parse.GetRequiredValue(person), parse.GetValue(decision), parse.GetValue(reason),
                Who(parse, by), parse.GetValue(justification), context.Time.GetUtcNow(), null);
            context.Out.WriteLine($"Recorded: {r.Decision} {r.PersonId} on run {r.RunId} by {r.Reviewer} ({r.Reason}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
