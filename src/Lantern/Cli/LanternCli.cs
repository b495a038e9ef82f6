using System.CommandLine;
using System.Data.Common;
using System.Reflection;

namespace Lantern.Cli;

/// <summary>The <c>lantern</c> command line: builds the command tree and runs it with documented exit codes.</summary>
internal static class LanternCli
{
    public static string Version { get; } =
        typeof(LanternCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static RootCommand BuildRoot(CliContext context)
    {
        var global = new GlobalOptions();
        var root = new RootCommand(
            "Lantern: harm-weighted hot spots and daily patrol tasking from the data a police force already holds.\n" +
            "Start with 'lantern demo', or 'lantern import <folder>' then 'lantern tasking --force <force>'.")
        {
            // Help says 'lantern' however it was started (./lantern, dotnet lantern.dll, a test host).
            HelpName = "lantern",
        };
        root.Options.Add(global.Db);
        root.Subcommands.Add(ImportCommand.Create(context, global));
        root.Subcommands.Add(CoverageCommand.Create(context, global));
        root.Subcommands.Add(RejectsCommand.Create(context, global));
        root.Subcommands.Add(AreasCommand.Create(context, global));
        root.Subcommands.Add(PopulationCommand.Create(context, global));
        root.Subcommands.Add(HotspotsCommand.Create(context, global));
        root.Subcommands.Add(TaskingCommand.Create(context, global));
        root.Subcommands.Add(BacktestCommand.Create(context, global));
        root.Subcommands.Add(StopSearchCommand.Create(context, global));
        root.Subcommands.Add(Section60Command.Create(context, global));
        root.Subcommands.Add(OffendersCommand.Create(context, global));
        root.Subcommands.Add(ModelCardCommand.Create(context, global));
        root.Subcommands.Add(RetentionCommand.Create(context, global));
        root.Subcommands.Add(PlacesCommand.Create(context, global));
        root.Subcommands.Add(RunsCommand.Create(context, global));
        root.Subcommands.Add(GenerateCommand.Create(context, global));
        root.Subcommands.Add(DemoCommand.Create(context, global));
        root.Subcommands.Add(ServeCommand.Create(context, global));
        root.Subcommands.Add(UsersCommand.Create(context, global));
        root.Subcommands.Add(AuditCommand.Create(context, global));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        RootCommand root = BuildRoot(context);
        ParseResult parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = context.Out, Error = context.Err, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Err.WriteLineAsync($"lantern: {error.Message}");
            }

            await context.Err.WriteLineAsync($"Run '{UsageHint(parse)} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(config, cancellationToken);
        }
        catch (CliException e)
        {
            await context.Err.WriteLineAsync($"lantern: {e.Message}");
            return e.ExitCode;
        }
        catch (DbException e) when (Lantern.Data.Store.LanternStore.IsLockedByAnother(e))
        {
            await context.Err.WriteLineAsync(
                "lantern: the database stayed locked by another program writing to it (another import, or a web server importing) " +
                "for 30 seconds, so this command stopped; what it had not finished was rolled back (files reported above are in). " +
                "Run it again when the other has finished.");
            return ExitCodes.BadInput;
        }
        catch (DbException e)
        {
            // SQLite's and PostgreSQL's errors alike: a file that is not a database, a server that refused or is not there.
            await context.Err.WriteLineAsync($"lantern: the database could not be used: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await context.Err.WriteLineAsync("lantern: cancelled.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that vanished, could not be read or written: the user's to fix. The file's import was rolled back.
            await context.Err.WriteLineAsync($"lantern: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await context.Err.WriteLineAsync($"lantern: internal error, please report it with what follows: {e}");
            return ExitCodes.InternalError;
        }
    }

    private static string UsageHint(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, r.Command.Name);
        }

        names[0] = "lantern";
        return string.Join(' ', names);
    }
}
