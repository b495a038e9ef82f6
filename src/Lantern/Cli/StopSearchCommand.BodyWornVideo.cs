using System.CommandLine;
using Lantern.Analysis;
using Lantern.Core.Forces;
using Lantern.Core.StopSearch;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

internal static partial class StopSearchCommand
{
    private static Command BodyWornVideo(CliContext context, GlobalOptions global)
    {
        (Option<string?> force, Option<string?> from, Option<string?> to, Option<bool> json, _) = Common();
        var by = new Option<string>("--by") { Description = "Group by team (the officer's team in the export) or area (where the search was)", DefaultValueFactory = _ => "team" };
        by.AcceptOnlyFromAmong("team", "area");
        var level = new Option<string>("--area-level") { Description = "With --by area: borough, msoa or lsoa (imported boundaries)", DefaultValueFactory = _ => "borough" };
        level.AcceptOnlyFromAmong(AreaStore.Levels);
        var command = new Command("bwv", "Body-worn video: the share of searches recorded, with 95% intervals, by team or area, and the reasons given when not " +
            "(from a force's stop-and-search export; data.police.uk does not publish it)")
        {
            force, from, to, by, level, json,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            var r = BodyWornVideoRun.Compute(store, parse.GetValue(force), parse.GetValue(from), parse.GetValue(to), parse.GetValue(by), parse.GetValue(level),
                Environment.UserName, context.Time);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(r.Run.Json(LanternCli.Version));
                return ExitCodes.Ok;
            }

            IAnsiConsole console = context.Console;
            console.MarkupLine(Markup.Escape(Text($"Body-worn video, {PoliceForces.Find(r.Force)?.Name ?? r.Force}, {r.From}..{r.To}: {r.Total.Searches:N0} exported searches, {Rate(r.Total.Recorded)} recorded")) + $" [grey](run #{r.Run.RunId})[/]");
            var table = new Table().Title(r.By == "team" ? "By team" : "By area")
                .AddColumns(r.By == "team" ? "Team" : "Area", "Searches", "Recorded (95% CI)", "Not said", "Reasons when not");
            foreach (BodyWornVideoGroup g in r.Groups)
            {
                table.AddRow(Markup.Escape(g.Name), N(g.Searches), Rate(g.Recorded), N(g.NotSaid), Markup.Escape(string.Join("; ", g.Reasons.Select(x => $"{x.Key} {N(x.Value)}"))));
            }

            console.Write(table);
            var reasons = new Table().Title("Reasons given when not recorded").AddColumns("Reason", "Searches");
            foreach (KeyValuePair<string, long> reason in r.Total.Reasons)
            {
                reasons.AddRow(Markup.Escape(reason.Key), N(reason.Value));
            }

            console.Write(reasons);
            PrintChoicesAndNotes(console, r.Choices, r.Notes);

            return ExitCodes.Ok;
        });
        return command;
    }
}
