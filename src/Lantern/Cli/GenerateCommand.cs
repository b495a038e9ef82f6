using System.CommandLine;
using System.Globalization;
using Lantern.Core.Time;
using Lantern.Data.Generation;

namespace Lantern.Cli;

/// <summary><c>lantern generate</c>: synthetic data for a fictional force, at any scale, in data.police.uk and force-export formats.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        _ = global;
        var output = new Option<string>("--out") { Description = "Folder to write (data.police.uk layout, force-export/, boundaries/)", Required = true };
        var events = new Option<long?>("--events") { Description = $"Number of crimes in all (default {GeneratorOptions.DefaultEventsPerMonth:N0} a month)" };
        var months = new Option<int>("--months") { Description = "Number of months", DefaultValueFactory = _ => GeneratorOptions.DefaultMonths };
        var end = new Option<string?>("--end") { Description = "Last month, yyyy-MM (default: the month before this one)" };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and options give the same files", DefaultValueFactory = _ => GeneratorOptions.DefaultSeed };
        var command = new Command("generate", "Write realistic synthetic police data for a fictional force (for demos, tests and benchmarks)")
        {
            output, events, months, end, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            GeneratorOptions options = Options(context, parse.GetValue(end), parse.GetValue(months), parse.GetValue(events), parse.GetValue(seed));
            GeneratorResult result = await Write(context, options, parse.GetRequiredValue(output), ct);
            await context.Out.WriteLineAsync(Summary(result));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static GeneratorOptions Options(CliContext context, string? end, int months, long? events, int seed)
    {
        YearMonth last;
        if (end is null)
        {
            last = YearMonth.Of(UkTime.DateOf(context.Time.GetUtcNow())).PlusMonths(-1);
        }
        else if (!YearMonth.TryParse(end, out last))
        {
            throw new CliException($"--end '{end}' is not a month (yyyy-MM)", ExitCodes.Usage);
        }

        if (months < 1 || months > 240)
        {
            throw new CliException("--months must be between 1 and 240", ExitCodes.Usage);
        }

        var options = new GeneratorOptions { FirstMonth = last.PlusMonths(1 - months), Months = months, Events = events, Seed = seed };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message, ExitCodes.Usage);
        }

        return options;
    }

    internal static async Task<GeneratorResult> Write(CliContext context, GeneratorOptions options, string directory, CancellationToken ct)
    {
        var progress = new Progress<GeneratorProgress>(p =>
        {
            if (context.Interactive)
            {
                context.Err.Write(string.Create(CultureInfo.InvariantCulture, $"\rgenerating {p.Month} ({p.MonthsDone}/{p.Months}), {p.Events:N0} crimes   "));
            }
        });
        GeneratorResult result = await SyntheticForceWriter.WriteAsync(options, directory, progress, ct);
        if (context.Interactive)
        {
            await context.Err.WriteLineAsync();
        }

        return result;
    }

    internal static string Summary(GeneratorResult r) => string.Create(CultureInfo.InvariantCulture,
        $"Wrote {r.Events:N0} synthetic crimes of {SyntheticForce.Name} ('{SyntheticForce.Slug}'), {r.FirstMonth}..{r.LastMonth}, seed {r.Seed}: " +
        $"{r.Files.Count} files in {r.Directory} ({r.StreetRows:N0} street rows, {r.OutcomeRows:N0} outcome rows, {r.NoLocationRows:N0} without location; {r.Searches:N0} stop and searches). " +
        $"Fictional: no real place, person or crime.");
}
