using System.CommandLine;
using System.Globalization;
using Lantern.Data.Generation;
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
        var noServe = new Option<bool>("--no-serve") { Description = "Print the tasking list and stop, without starting the web app" };
        var port = new Option<int>("--port") { Description = "Port for the web app", DefaultValueFactory = _ => 5080 };
        var events = new Option<long?>("--events")
        {
            Description = $"Number of crimes in all (default {GeneratorOptions.DefaultEventsPerMonth:N0} a month; e.g. 1000000 for the web benchmark)",
        };
        var command = new Command("demo",
            $"Generate a fictional force's data, import it into {DefaultDb} (or --db), print today's tasking list and start the web app on it")
        {
            data, date, top, noServe, port, events,
        };
        command.SetAction(async (parse, ct) =>
        {
            // The demo never writes into $LANTERN_DB: that is the user's real database. Only an explicit --db is used.
            string db = GlobalOptions.Checked(parse.GetValue(global.Db) ?? DefaultDb);
            string dir = parse.GetRequiredValue(data);
            DateOnly day = TaskingCommand.ParseDate(parse.GetValue(date), context);
            var options = GenerateCommand.Options(context, end: null, GeneratorOptions.DefaultMonths, parse.GetValue(events), GeneratorOptions.DefaultSeed);
            string marker = Path.Combine(dir, $".generated-{options.LastMonth}-{options.Seed}-{options.TargetEvents}");
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

            int imported = ImportCommand.Run(context, db, [dir], json: false, force: null, summaryOnly: true, ct);
            if (imported != ExitCodes.Ok)
            {
                return imported;
            }

            string boundaries = Path.Combine(dir, SyntheticForceWriter.LsoaBoundaryFile);
            using (LanternStore store = LanternStore.Open(db))
            {
                await context.Out.WriteLineAsync(await AreasCommand.ImportFile(context, store, boundaries, "lsoa", null, null, ct));
                await context.Out.WriteLineAsync(DemoOffenders.Ensure(store, context.Time.GetUtcNow()));
            }

            await context.Out.WriteLineAsync();
            string[] args = ["tasking", "--db", db, "--force", SyntheticForce.Slug, "--date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "--top", parse.GetValue(top).ToString(CultureInfo.InvariantCulture)];
            int exit = await LanternCli.RunAsync(args, context, ct);
            if (exit == ExitCodes.Ok)
            {
                // A server's URL is shown without its password (Npgsql also reads PGPASSWORD and ~/.pgpass).
                string shown = PostgresStore.IsUrl(db) ? LanternStore.DisplayName(db) : db;
                await context.Out.WriteLineAsync();
                await context.Out.WriteLineAsync($"This is fictional data. Next: 'lantern hotspots --db {shown}', 'lantern coverage --db {shown}', " +
                    $"'lantern tasking --db {shown} --per-area lsoa --top 2 --csv --out tasking.csv'; for real data, 'lantern import <folder of data.police.uk files>'.");
            }

            if (exit != ExitCodes.Ok || parse.GetValue(noServe))
            {
                return exit;
            }

            await context.Out.WriteLineAsync();
            using (LanternStore store = LanternStore.Open(db))
            {
                foreach (string line in DemoAccounts.Ensure(store, context.Time.GetUtcNow()))
                {
                    await context.Out.WriteLineAsync(line);
                }
            }

            return await ServeCommand.RunAsync(context, new Web.LanternWebOptions { Database = db, Production = false }, "127.0.0.1", parse.GetValue(port), ct);
        });
        return command;
    }
}
