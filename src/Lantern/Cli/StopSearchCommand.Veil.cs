using System.CommandLine;
using Lantern.Analysis;
using Lantern.Core.Forces;
using Lantern.Core.StopSearch;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

internal static partial class StopSearchCommand
{
    private static Command Veil(CliContext context, GlobalOptions global)
    {
        (Option<string?> force, Option<string?> from, Option<string?> to, Option<bool> json, Option<string?> by) = Common();
        var level = new Option<string>("--area-level")
        {
            Description = "Area fixed effects: force (one for the whole force), or borough, msoa or lsoa (searches placed in imported boundaries)",
            DefaultValueFactory = _ => "force",
        };
        level.AcceptOnlyFromAmong(["force", .. AreaStore.Levels]);
        var ethnicity = new Option<string>("--ethnicity")
        {
            Description = "Whose record of ethnicity: officer (officer-defined, what darkness can hide; the default) or self (self-defined)",
            DefaultValueFactory = _ => "officer",
        };
        ethnicity.AcceptOnlyFromAmong("officer", "self");
        var knots = new Option<int>("--knots") { Description = "Knots of the time-of-day spline (3 to 7)", DefaultValueFactory = _ => 6 };
        var command = new Command("veil", "The veil-of-darkness test: is a searched person less likely to be Black after dark than at the same " +
            "clock time in daylight? Logistic regression in the inter-twilight window, with the coefficient, its 95% interval and the sample")
        {
            force, from, to, level, ethnicity, knots, json, by,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            var r = VeilRun.Compute(store, new VeilRequest
            {
                Force = parse.GetValue(force),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                AreaLevel = parse.GetValue(level),
                Ethnicity = parse.GetValue(ethnicity),
                Knots = parse.GetValue(knots),
                By = parse.GetValue(by) ?? Environment.UserName,
            }, context.Time);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(r.Run.Json(LanternCli.Version));
                return ExitCodes.Ok;
            }

            VeilResult v = r.Veil;
            IAnsiConsole console = context.Console;
            string name = PoliceForces.Find(r.Force)?.Name ?? r.Force;
            console.MarkupLine(Markup.Escape(Text($"Veil of darkness, {name}, {r.From}..{r.To}: {v.Used:N0} of {v.Read:N0} searches in the test")) +
                $" [grey](run #{r.Run.RunId})[/]");
            if (v.Beta is { } b)
            {
                console.WriteLine(Text($"β (dark) = {b:F3}, {v.Level * 100:F0}% CI {v.Low:F3} to {v.High:F3} (SE {v.StandardError:F3}, p = {v.PValue:G3}); odds ratio {v.OddsRatio:F3} ({v.OddsRatioLow:F3}–{v.OddsRatioHigh:F3})."));
            }

            if (v.NotFitted is { } why)
            {
                console.WriteLine($"Not fitted: {why}.");
            }

            var sample = new Table().Title("Sample").AddColumns("", "Searches", "Black", "Share Black (95% CI)");
            sample.AddRow("Before sunset (light)", N(v.BlackWhenLight.Of), N(v.BlackWhenLight.Events), Rate(v.BlackWhenLight));
            sample.AddRow("After civil dusk (dark)", N(v.BlackWhenDark.Of), N(v.BlackWhenDark.Events), Rate(v.BlackWhenDark));
            console.Write(sample);
            var left = new Table().Title("Left out").AddColumns("Reason", "Searches");
            left.AddRow("No coordinates (no sunset for the place)", N(v.NoCoordinates));
            left.AddRow("Ethnicity not recorded", N(v.UnknownEthnicity));
            left.AddRow("In no imported area", N(v.NoArea));
            left.AddRow(Text($"Outside the inter-twilight window ({v.WindowStart:HH\\:mm}–{v.WindowEnd:HH\\:mm} UK time)"), N(v.OutsideWindow));
            left.AddRow("Between sunset and civil dusk", N(v.Twilight));
            left.AddRow(Text($"In an area with no variation ({v.AreasWithoutVariation})"), N(v.AreaWithoutVariation));
            console.Write(left);
            console.WriteLine(Text($"Areas in the model: {v.AreasUsed}; spline knots: {string.Join(", ", v.Knots.Select(k => k.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)))}."));
            PrintChoicesAndNotes(console, r.Choices, r.Notes);

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintChoicesAndNotes(IAnsiConsole console, IReadOnlyList<string> choices, IReadOnlyList<string> notes)
    {
        foreach (string c in choices)
        {
            console.WriteLine($"Automatic choice: {c}");
        }

        foreach (string note in notes)
        {
            console.WriteLine($"Note: {note}");
        }
    }

    // The options every stopsearch command shares.
    private static (Option<string?> Force, Option<string?> From, Option<string?> To, Option<bool> Json, Option<string?> By) Common() =>
    (
        new Option<string?>("--force") { Description = "Force: slug ('metropolitan') or full name. Default: the only force with stop-and-search data" },
        new Option<string?>("--from") { Description = "First month, yyyy-MM (default: 11 months before --to, or the first month with searches if later)" },
        new Option<string?>("--to") { Description = "Last month, yyyy-MM (default: the latest month with searches)" },
        new Option<bool>("--json") { Description = "Print the result as JSON, with its parameters and inputs" },
        new Option<string?>("--by") { Description = "Who is running it, recorded with the result (default: the login name)" }
    );
}
