using System.CommandLine;
using Lantern.Analysis;
using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern stopsearch summary</c>: volumes, outcomes, disproportionality against census residents and the outcome
/// test for a force or area and period (docs/stop-search.md). Every summary is recorded as a run.
/// </summary>
internal static partial class StopSearchCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("stopsearch", "Stop and search accountability: volumes, find and arrest rates, disproportionality with intervals, the outcome test");
        command.Subcommands.Add(Summary(context, global));
        command.Subcommands.Add(Veil(context, global));
        command.Subcommands.Add(BodyWornVideo(context, global));
        command.Subcommands.Add(Places(context, global));
        command.Subcommands.Add(Boroughs(context, global));
        command.Subcommands.Add(Report(context, global));
        return command;
    }

    private static Command Summary(CliContext context, GlobalOptions global)
    {
        (Option<string?> force, Option<string?> from, Option<string?> to, Option<bool> json, Option<string?> by) = Common();
        var area = new Option<string?>("--area")
        {
            Description = "Only searches inside this imported area (borough or MSOA code, e.g. E09000022), against its own residents; searches without coordinates cannot be placed and are counted apart",
        };
        (Option<string?> legislation, Option<string> ethnicity, Option<string?> census) = SummaryOptions();
        var command = new Command("summary", "Volumes by month (missing and partial months flagged), outcomes by power, object, age, gender and ethnicity, " +
            "rates per 1,000 residents and ratios to White with 95% intervals, and the outcome test")
        {
            force, from, to, area, legislation, ethnicity, census, json, by,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            StopSearchResult r = StopSearchRun.Compute(store, Request(parse, force, from, to, legislation, ethnicity, census, by) with { Area = parse.GetValue(area) },
                context.Time);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(new RecordedRun(r.RunId, r.ParametersJson, r.InputsJson, r.ResultJson).Json(LanternCli.Version));
                return ExitCodes.Ok;
            }

            Print(context, r);
            return ExitCodes.Ok;
        });
        return command;
    }
}
