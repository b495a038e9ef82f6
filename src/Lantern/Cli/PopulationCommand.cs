using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Core.Forces;
using Lantern.Data.Formats;
using Lantern.Data.Formats.Population;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern population import|list</c>: census residents by ethnic group, the denominators of stop-and-search
/// disproportionality, and the lookups that sum MSOAs into boroughs and boroughs into forces (docs/stop-search.md).
/// </summary>
internal static class PopulationCommand
{
    private const int ErrorsShown = 50;

    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("population", "Census residents by ethnic group (the denominators of disproportionality), and area lookups");
        command.Subcommands.Add(Import(context, global));
        command.Subcommands.Add(List(context, global));
        return command;
    }

    private static Command Import(CliContext context, GlobalOptions global)
    {
        var file = new Argument<string>("file")
        {
            Description = "A census ethnic group table (Census 2021 TS021 or Census 2011, by ONS area code or police force area), " +
                "an MSOA to borough lookup (MSOA21CD, LAD22CD) or a borough to police force lookup (LAD16CD, PFA16NM); recognised from its header",
        };
        var source = new Option<string?>("--source") { Description = "The census the file is from, checked against its header (default: read from the header)" };
        source.AcceptOnlyFromAmong([.. PopulationFileReader.Censuses]);
        var command = new Command("import", "Import a census table or area lookup; the whole file or nothing") { file, source };
        command.SetAction(async (parse, ct) =>
        {
            string path = parse.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file");
            }

            byte[] bytes = await File.ReadAllBytesAsync(path, ct);
            PopulationFile read;
            using (var stream = new MemoryStream(bytes, writable: false))
            {
                read = PopulationFileReader.Read(stream, path, parse.GetValue(source));
            }

            if (!read.IsSuccess)
            {
                foreach (FileError e in read.Errors.Take(ErrorsShown))
                {
                    await context.Err.WriteLineAsync($"lantern: {e}");
                }

                string more = read.Errors.Count > ErrorsShown ? string.Create(CultureInfo.InvariantCulture, $" (the first {ErrorsShown} shown)") : string.Empty;
                throw new CliException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: {read.Errors.Count:N0} error(s){more}; nothing imported (a population file is imported whole or not at all)"));
            }

            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            PopulationImportResult r = PopulationStore.Import(store, read, bytes, LanternCli.Version, context.Time);
            string what = read.Kind switch
            {
                PopulationFileKind.MsoaToBorough => "MSOAs linked to their borough",
                PopulationFileKind.BoroughToForce => "boroughs linked to their police force",
                _ => $"{string.Join(", ", read.Rows.GroupBy(x => x.Level).Select(g => $"{g.Count():N0} {g.Key}"))} areas of the {PopulationQuery.Describe(read.Census!)}",
            };
            string skipped = read.Skipped > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {read.Skipped:N0} rural/urban rows passed over (their Total rows hold them)") : string.Empty;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{path}: {what}: added {r.Added:N0}, updated {r.Updated:N0}, unchanged {r.Unchanged:N0}" +
                $"{(r.SameFileBefore ? " (this file was imported before: nothing changed)" : string.Empty)}{skipped}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context, GlobalOptions global)
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = new Command("list", "What census counts and lookups the database holds, and each force's residents as stopsearch would use them") { json };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            var counts = PopulationQuery.Counts(store);
            var lookups = PopulationQuery.Lookups(store);
            var forces = PopulationQuery.Forces(store).Select(f => (Force: f, Census2021: Residents(store, f, PopulationFileReader.Census2021),
                Census2011: Residents(store, f, PopulationFileReader.Census2011))).ToList();
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    database = store.Name,
                    counts = counts.Select(c => new { census = c.Census, level = c.Level, areas = c.Areas, residents = c.Residents }),
                    lookups = lookups.Select(l => new { from = l.Level, to = l.ParentLevel, areas = l.Areas, into = l.Parents }),
                    forces = forces.Select(f => new { force = f.Force, census2021 = ForceJson(f.Census2021), census2011 = ForceJson(f.Census2011) }),
                }, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            if (counts.Count == 0 && lookups.Count == 0)
            {
                context.Out.WriteLine("No population data: import census tables with 'lantern population import FILE' (see docs/stop-search.md).");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Census", "Level", "Areas", "Residents");
            foreach (var c in counts)
            {
                table.AddRow(PopulationQuery.Describe(c.Census), c.Level, N(c.Areas), N(c.Residents));
            }

            context.Console.Write(table);
            if (lookups.Count > 0)
            {
                var links = new Table().AddColumns("Lookup", "Areas", "Into");
                foreach (var l in lookups)
                {
                    links.AddRow($"{l.Level} → {l.ParentLevel}", N(l.Areas), $"{N(l.Parents)} {l.ParentLevel}s");
                }

                context.Console.Write(links);
            }

            if (forces.Count > 0)
            {
                var byForce = new Table().AddColumns("Force", "Census 2021 residents", "Census 2011 residents");
                foreach (var f in forces)
                {
                    byForce.AddRow(Markup.Escape(PoliceForces.Find(f.Force)?.Name ?? f.Force), Markup.Escape(Cell(f.Census2021)), Markup.Escape(Cell(f.Census2011)));
                }

                context.Console.Write(byForce);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static AreaResidents? Residents(LanternStore store, string force, string census) => PopulationQuery.Find(store, "force", force, census).Residents;

    private static object? ForceJson(AreaResidents? r) => r is null ? null : new { residents = r.Groups.Total, groups = r.Groups, method = r.Method };

    private static string Cell(AreaResidents? r) => r is null ? "-" : $"{N(r.Groups.Total)} ({r.Method[(r.Method.IndexOf(", ", StringComparison.Ordinal) + 2)..]})";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
