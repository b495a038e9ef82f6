using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Core.Geography;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary><c>lantern places add|suppress|list|withdraw</c>: analysts' adjustments to the tasking list, each with a reason.</summary>
internal static class PlacesCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("places", "Add or suppress tasking places by hand, with a recorded reason; list and withdraw them");
        command.Subcommands.Add(Adjust(context, global, PlaceAdjustment.Add, "Add a place to every tasking list for the force (e.g. local intelligence)"));
        command.Subcommands.Add(Adjust(context, global, PlaceAdjustment.Suppress, "Keep a place off the tasking list (e.g. cannot be patrolled)"));
        command.Subcommands.Add(List(context, global));
        command.Subcommands.Add(Withdraw(context, global));
        return command;
    }

    private static Command Adjust(CliContext context, GlobalOptions global, string action, string description)
    {
        var force = new Option<string>("--force") { Description = "Force (slug or name)", Required = true };
        var cell = new Option<string>("--cell")
        {
            Description = "The place: cell id (150m-E331050-N188100), easting,northing, or latitude,longitude",
            Required = true,
        };
        var size = new Option<int>("--cell-size") { Description = "Cell size in metres when --cell is a point", DefaultValueFactory = _ => 150 };
        var reason = new Option<string>("--reason") { Description = "Why (recorded with the adjustment and shown on tasking lists)", Required = true };
        var by = new Option<string?>("--by") { Description = "Who is making the change (default: the login name)" };
        var command = new Command(action, description) { force, cell, size, reason, by };
        command.SetAction(parse =>
        {
            string slug = ForceOption.Resolve(parse.GetRequiredValue(force))!; // required option
            string why = parse.GetRequiredValue(reason).Trim();
            if (why.Length == 0)
            {
                throw new CliException("--reason must say why", ExitCodes.Usage);
            }

            (GridSpec grid, CellId id) = CellOption.Parse(parse.GetRequiredValue(cell), parse.GetValue(size));
            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            ForceOption.RequireCrimes(store, slug);
            string who = parse.GetValue(by) ?? Environment.UserName;
            long n = PlaceAdjustment.Record(store, slug, grid, id, action, why, who, context.Time.GetUtcNow());
            context.Out.WriteLine($"Recorded {action} #{n}: {grid.CellName(id)} for {slug} by {who}: {why}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context, GlobalOptions global)
    {
        var force = new Option<string?>("--force") { Description = "Only this force" };
        var all = new Option<bool>("--all") { Description = "Include withdrawn adjustments" };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = new Command("list", "List adjustments") { force, all, json };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            var rows = PlaceAdjustment.List(store, ForceOption.Resolve(parse.GetValue(force)), parse.GetValue(all));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(rows.Select(r => new
                {
                    r.Id, r.Force, cell = r.CellName, r.Action, r.Reason, r.MadeBy, r.MadeAt, r.WithdrawnAt, r.WithdrawnBy,
                }), JsonOutput.Options));
                return ExitCodes.Ok;
            }

            if (rows.Count == 0)
            {
                context.Out.WriteLine("No adjustments.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("#", "Force", "Cell", "Action", "Reason", "By", "When", "Withdrawn");
            foreach (PlaceAdjustment r in rows)
            {
                table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.Force, r.CellName, r.Action,
                    Markup.Escape(r.Reason), Markup.Escape(r.MadeBy), r.MadeAt, r.WithdrawnAt is null ? "-" : $"{r.WithdrawnAt} by {Markup.Escape(r.WithdrawnBy ?? "?")}");
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Withdraw(CliContext context, GlobalOptions global)
    {
        var id = new Argument<long>("id") { Description = "The adjustment's number, from 'lantern places list'" };
        var by = new Option<string?>("--by") { Description = "Who is withdrawing it (default: the login name)" };
        var command = new Command("withdraw", "Withdraw an adjustment (it stays on record, marked withdrawn)") { id, by };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            long n = parse.GetValue(id);
            if (!PlaceAdjustment.Withdraw(store, n, parse.GetValue(by) ?? Environment.UserName, context.Time.GetUtcNow()))
            {
                throw new CliException($"There is no active adjustment #{n}.");
            }

            context.Out.WriteLine($"Withdrew adjustment #{n}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
