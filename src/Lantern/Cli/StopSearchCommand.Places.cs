using System.CommandLine;
using Lantern.Analysis;
using Lantern.Core.Forces;
using Lantern.Core.StopSearch;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

internal static partial class StopSearchCommand
{
    private static Command Places(CliContext context, GlobalOptions global)
    {
        (Option<string?> force, Option<string?> from, Option<string?> to, Option<bool> json, Option<string?> by) = Common();
        var command = new Command("places", "Hot spots and searches: on days with a published tasking, the share of searches inside the day's tasked " +
            "places and the find, arrest and positive outcome rates inside and outside, with 95% intervals and their differences")
        {
            force, from, to, json, by,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            var r = TaskedPlacesRun.Compute(store, parse.GetValue(force), parse.GetValue(from), parse.GetValue(to), parse.GetValue(by) ?? Environment.UserName,
                context.Time);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(r.Run.Json(LanternCli.Version));
                return ExitCodes.Ok;
            }

            TaskedPlaces p = r.Places;
            IAnsiConsole console = context.Console;
            console.MarkupLine(Markup.Escape(Text($"Searches and tasked places, {PoliceForces.Find(r.Force)?.Name ?? r.Force}, {r.From}..{r.To}: {N(r.Read)} searches, {r.PublishedDays} days with a published tasking; {Rate(p.InsideShare)} of those placed were inside")) +
                $" [grey](run #{r.Run.RunId})[/]");
            string measure = p.Measure == OutcomeTestMeasure.FindRate ? "Find rate" : "Positive outcome rate (find rate not recorded)";
            var table = new Table().AddColumns("", "Inside tasked places", "Outside", "Inside − outside (95% CI)");
            table.AddRow("Searches", N(p.Inside.Searches), N(p.Outside.Searches), "");
            AddRate(table, measure, p.Compared(p.Inside), p.Compared(p.Outside));
            AddRate(table, "Arrest rate", p.Inside.Arrest, p.Outside.Arrest);
            if (p.Measure == OutcomeTestMeasure.FindRate)
            {
                // Otherwise the compared rate above is this one already.
                AddRate(table, "Positive outcome rate", p.Inside.Positive, p.Outside.Positive);
            }
            console.Write(table);
            var left = new Table().Title("Counted apart").AddColumns("Reason", "Searches");
            left.AddRow("On a UK day with no published tasking", N(p.NoPublication));
            left.AddRow("No coordinates (cannot be placed)", N(p.NoCoordinates));
            console.Write(left);
            PrintChoicesAndNotes(console, r.Choices, r.Notes);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void AddRate(Table table, string name, Proportion inside, Proportion outside) =>
        table.AddRow(Markup.Escape(name), Rate(inside), Rate(outside), Difference(ProportionDifference.Between(inside, outside)));

    // A difference of two rates in percentage points, with its interval (also the Section 60 report's).
    internal static string Difference(ProportionDifference? d) =>
        d is { } x ? Text($"{x.Value * 100:+0.0;-0.0;0.0} points ({x.Low * 100:+0.0;-0.0;0.0} to {x.High * 100:+0.0;-0.0;0.0})") : "-";
}
