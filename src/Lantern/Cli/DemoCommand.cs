using System.CommandLine;
using System.Globalization;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Generation;
using Lantern.Data.Import;
using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern demo</c>: generates a fictional force's data, imports it into its own database and prints today's
/// tasking list, so a new user sees the whole flow with one command.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultDb = "lantern-demo.db";
    public const string DefaultData = "lantern-demo-data";

    public static Command Create(CliContext context, GlobalOptions global)
    {
        var data = new Option<string>("--data") { Description = "Folder for the generated files", DefaultValueFactory = _ => DefaultData };
        var date = new Option<string?>("--date") { Description = "Day of the tasking list, yyyy-MM-dd (default: today)" };
        var top = new Option<int>("--top") { Description = "Places on the list", DefaultValueFactory = _ => 20 };
        var command = new Command("demo", $"Generate a fictional force's data, import it into {DefaultDb} (or --db) and print today's tasking list")
        {
            data, date, top,
        };
        command.SetAction(async (parse, ct) =>
        {
            // The demo never writes into $LANTERN_DB: that is the user's real database. Only an explicit --db is used.
            string db = parse.GetValue(global.Db) ?? DefaultDb;
            string dir = parse.GetRequiredValue(data);
            DateOnly day = TaskingCommand.ParseDate(parse.GetValue(date), context);
            var options = GenerateCommand.Options(context, end: null, GeneratorOptions.DefaultMonths, events: null, GeneratorOptions.DefaultSeed);
            string marker = Path.Combine(dir, $".generated-{options.LastMonth}-{options.Seed}");
            if (!File.Exists(marker))
            {
                await context.Out.WriteLineAsync($"Generating {options.Months} months of synthetic crime for {SyntheticForce.Name} in {dir}/ ...");
                GeneratorResult generated = await GenerateCommand.Write(context, options, dir, ct);
                await File.WriteAllTextAsync(marker, GenerateCommand.Summary(generated), ct);
                await context.Out.WriteLineAsync(GenerateCommand.Summary(generated));
            }
            else
            {
                await context.Out.WriteLineAsync($"Using the synthetic data already generated in {dir}/.");
            }

            using (SqliteStore store = SqliteStore.Open(db))
            {
                var sources = ImportSources.Expand([dir], out IReadOnlyList<string> errors);
                if (errors.Count > 0)
                {
                    throw new CliException(string.Join(Environment.NewLine, errors));
                }

                var importer = new Importer(store, LanternCli.Version, context.Time);
                long read = 0, imported = 0, present = 0, rejected = 0;
                foreach (ImportSource source in sources)
                {
                    FileImportResult r = importer.ImportFile(source, null, null, ct);
                    if (r.Error is not null)
                    {
                        throw new CliException($"demo data could not be imported: {r.Error}");
                    }

                    (read, imported, present, rejected) = (read + r.RowsRead, imported + r.RowsImported, present + r.RowsPresent, rejected + r.RowsRejected);
                }

                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Imported {sources.Count} files into {store.Path}: read {read:N0}, imported {imported:N0}, already present {present:N0}, rejected {rejected:N0}."));

                string boundaries = Path.Combine(dir, SyntheticForceWriter.LsoaBoundaryFile);
                if (File.Exists(boundaries))
                {
                    byte[] bytes = await File.ReadAllBytesAsync(boundaries, ct);
                    GeoJsonAreaResult areas = new GeoJsonAreaReader().ReadAreas(bytes, boundaries, GeoJsonAreaOptions.ForLevel("lsoa"));
                    if (!areas.IsSuccess)
                    {
                        throw new CliException($"demo boundaries could not be read: {areas.Errors[0]}");
                    }

                    AreaStore.Import(store, "lsoa", areas, bytes, context.Time);
                }
            }

            await context.Out.WriteLineAsync();
            string[] args = ["tasking", "--db", db, "--force", SyntheticForce.Slug, "--date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "--top", parse.GetValue(top).ToString(CultureInfo.InvariantCulture)];
            int exit = await LanternCli.RunAsync(args, context, ct);
            if (exit == ExitCodes.Ok)
            {
                await context.Out.WriteLineAsync();
                await context.Out.WriteLineAsync($"This is fictional data. Next: 'lantern hotspots --db {db}', 'lantern coverage --db {db}', " +
                    $"'lantern tasking --db {db} --per-area lsoa --top 2 --csv --out tasking.csv'; for real data, 'lantern import <folder of data.police.uk files>'.");
            }

            return exit;
        });
        return command;
    }
}
