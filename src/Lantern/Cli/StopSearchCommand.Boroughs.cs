using System.CommandLine;
using Lantern.Analysis;
using Lantern.Core.Forces;
using Lantern.Core.StopSearch;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

internal static partial class StopSearchCommand
{
    private static Command Boroughs(CliContext context, GlobalOptions global)
    {
        (Option<string?> force, Option<string?> from, Option<string?> to, Option<bool> json, Option<string?> by) = Common();
        (Option<string?> legislation, Option<string> ethnicity, Option<string?> census) = SummaryOptions();
        var command = new Command("boroughs", "Every borough at once: searches, the find rate, and rates per 1,000 residents by ethnic group with the ratio " +
            "to White and 95% intervals, against each borough's own census residents (borough boundaries imported)")
        {
            force, from, to, legislation, ethnicity, census, json, by,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            BoroughTableResult r = BoroughTableRun.Compute(store, Request(parse, force, from, to, legislation, ethnicity, census, by), context.Time);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(r.Run.Json(LanternCli.Version));
                return ExitCodes.Ok;
            }

            PrintBoroughs(context.Console, r);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintBoroughs(IAnsiConsole console, BoroughTableResult r)
    {
        StopSearchSummary s = r.Summary;
        string basis = s.Options.Basis == EthnicityBasis.SelfDefined ? "self-defined" : "officer-defined";
        string measure = s.OutcomeTest.Measure == OutcomeTestMeasure.FindRate ? "Find rate" : "Positive outcome rate (finds not recorded)";
        console.MarkupLine(Markup.Escape(Text($"Stop and search by borough, {PoliceForces.Find(r.Force)?.Name ?? r.Force}, {s.From}..{s.To}: {s.Total.Searches:N0} searches, {r.Load.Counted:N0} placed in {r.Rows.Count} boroughs; {basis} ethnicity")) +
            $" [grey](run #{r.RunId})[/]");
        var table = new Table().AddColumns("Borough", "Searches", measure, "White per 1,000", "Black/White", "Asian/White", "Mixed/White", "Other/White");
        foreach (BoroughRow b in r.Rows.OrderBy(b => b.Name ?? b.Code, StringComparer.Ordinal))
        {
            IReadOnlyList<GroupRate>? g = b.Summary.Disproportionality;
            table.AddRow([Markup.Escape($"{b.Name ?? b.Code} ({b.Code})"), N(b.Summary.Total.Searches), Rate(b.Measure(s.OutcomeTest.Measure)),
                g is null ? "-" : Per1000(g[0]), .. Enumerable.Range(1, 4).Select(i => g is null ? "-" : Ratio(g[i]))]);
        }

        IReadOnlyList<GroupRate>? f = s.Disproportionality;
        table.AddRow([$"Whole force ({r.Force})", N(s.Total.Searches), Rate(s.OutcomeTest.Measure == OutcomeTestMeasure.FindRate ? s.Total.Find : s.Total.Positive),
            f is null ? "-" : Per1000(f[0]), .. Enumerable.Range(1, 4).Select(i => f is null ? "-" : Ratio(f[i]))]);
        console.Write(table);
        PrintChoicesAndNotes(console, r.Choices, r.Notes);
    }

    private static string Per1000(GroupRate g) => g.RatePer1000 is { } v ? Text($"{v:F2} ({g.RateLow:F2}–{g.RateHigh:F2})") : "-";

    // The request the summary and the borough table make from the options they share.
    private static StopSearchRequest Request(ParseResult parse, Option<string?> force, Option<string?> from, Option<string?> to, Option<string?> legislation,
        Option<string> ethnicity, Option<string?> census, Option<string?> by) => new()
        {
            Force = parse.GetValue(force),
            From = parse.GetValue(from),
            To = parse.GetValue(to),
            Legislation = parse.GetValue(legislation),
            Ethnicity = parse.GetValue(ethnicity),
            Census = parse.GetValue(census),
            By = parse.GetValue(by) ?? Environment.UserName,
        };

    // The options the summary and the borough table share.
    private static (Option<string?> Legislation, Option<string> Ethnicity, Option<string?> Census) SummaryOptions()
    {
        var legislation = new Option<string?>("--legislation")
        {
            Description = $"Only these powers, comma-separated: {string.Join(", ", StopSearchVocabulary.LegislationSlugs)} (or s1, s23, s60, s47a, s43, s139b). Default: all",
        };
        var ethnicity = new Option<string>("--ethnicity")
        {
            Description = "Whose record of ethnicity disproportionality and the outcome test use: self (self-defined, the official basis) or officer (officer-defined)",
            DefaultValueFactory = _ => "self",
        };
        ethnicity.AcceptOnlyFromAmong("self", "officer");
        var census = new Option<string?>("--census") { Description = "Census denominators: 2021 or 2011 (default: the newest with residents for the force or area)" };
        census.AcceptOnlyFromAmong("2021", "2011");
        return (legislation, ethnicity, census);
    }
}
