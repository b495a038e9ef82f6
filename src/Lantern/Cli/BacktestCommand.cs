using System.CommandLine;
using System.Globalization;
using Lantern.Analysis;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern backtest</c> (issue #5): a rolling-origin monthly backtest of the forecasting methods on a force's own past,
/// scored at several coverages with intervals, and the best method compared month by month with the others.
/// </summary>
/// <remarks>
/// data.police.uk gives months, not days, so every month from --from to --to is a target: each method is fitted on the
/// crimes of the months strictly before it (the methods' own rule, <see cref="IForecastMethod"/>) and scored on the crimes
/// of the month. Methods learn from counts; harm captured scores the same choice of cells against harm-weighted crimes.
/// </remarks>
internal static class BacktestCommand
{
    /// <summary>The names the CLI accepts, in the order the report lists them.</summary>
    internal static readonly string[] s_methodNames = ["naive", "retro", "prospective", "kde", "gridsepp", "sepp"];

    private const string DefaultMethods = "naive,retro,prospective,kde,gridsepp";

    public static Command Create(CliContext context, GlobalOptions global)
    {
        var force = new Option<string?>("--force") { Description = "Force: slug ('gwent') or full name. Default: the only force in the database" };
        var types = new Option<string?>("--types") { Description = "Crime types, comma-separated (names or slugs). Default: all" };
        var unit = new Option<string?>("--unit")
        {
            Description = "month (data.police.uk months; the default) or day (timestamped force exports: each day forecast from the events before it)",
        };
        var from = new Option<string?>("--from")
        {
            Description = "First month (yyyy-MM) or, with --unit day, day (yyyy-MM-dd) forecast and scored (default: 12 months or 365 days ending --to)",
        };
        var to = new Option<string?>("--to")
        {
            Description = "Last month (yyyy-MM) or day (yyyy-MM-dd) forecast and scored (default: the latest with data)",
        };
        var methods = new Option<string>("--methods")
        {
            Description = "Methods, comma-separated: naive (count of all history), retro (retrospective quartic kernel), prospective " +
                "(Bowers et al. 2004), kde (kernel density with exponential time decay), gridsepp (grid self-exciting point process), " +
                "sepp (continuous self-exciting point process, slow)",
            DefaultValueFactory = _ => DefaultMethods,
        };
        var coverage = new Option<string>("--coverage")
        {
            Description = "Coverages to score, percent of the study area, comma-separated",
            DefaultValueFactory = _ => "1,2,5,10,20",
        };
        var cellSize = new Option<int>("--cell-size") { Description = "Grid cell size in metres, aligned to the national grid", DefaultValueFactory = _ => 150 };
        var seed = new Option<long?>("--seed") { Description = "Seed of the random methods (sepp); default derived from force and --from, recorded" };
        var area = new Option<string?>("--area") { Description = "Study area: the cells this imported area (code) touches (forecasts are made over the box around it). Default: the box of the central 99% of crimes" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON, with its parameters and inputs" };
        var html = new Option<string?>("--html") { Description = "Also write a report to this HTML file: the tables, the paired comparisons and charts of hit rate and PAI against coverage" };
        var choose = new Option<double?>("--choose")
        {
            Description = "Choose the force's method: the best at this coverage (percent, one of --coverage), recorded with the evidence " +
                "as a method-choice run that 'lantern tasking --method chosen' uses",
        };
        var command = new Command("backtest", "Rolling-origin backtest of the forecasting methods, by month or by day: hit rate, PAI, PEI and harm captured by coverage")
        {
            force, types, unit, from, to, methods, coverage, cellSize, area, seed, choose, json, html,
        };
        command.SetAction(async (parse, ct) =>
        {
            var request = new BacktestRequest
            {
                Force = parse.GetValue(force),
                Types = parse.GetValue(types),
                Unit = parse.GetValue(unit),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Methods = parse.GetValue(methods) ?? DefaultMethods,
                Coverage = parse.GetValue(coverage) ?? "1,2,5,10,20",
                CellSize = parse.GetValue(cellSize),
                Area = parse.GetValue(area),
                Seed = parse.GetValue(seed),
                Choose = parse.GetValue(choose),
                By = Environment.UserName,
            };
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            BacktestOutcome o = BacktestRun.Compute(store, request, context.Time, ct);
            if (parse.GetValue(html) is { } htmlPath)
            {
                await File.WriteAllTextAsync(htmlPath, BacktestReport.Html(o.Run, o.ParametersJson, o.InputsJson, o.ResultJson, o.Choice), ct);
            }

            if (parse.GetValue(json))
            {
                await OutputFormats.WriteRunJson(null, context, o.Run, o.ParametersJson, o.InputsJson, o.ResultJson);
                return ExitCodes.Ok;
            }

            Print(context, o);
            if (o.Choice is { } c)
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Chosen for {o.Force}: {c.Method}, by the rule: {MethodChoice.Rule} (at {c.Coverage * 100:0.##}% coverage; the table " +
                    $"and comparisons above are the evidence). Recorded as run #{c.Run}; 'lantern tasking --force {o.Force} --method chosen' uses it."));
            }

            if (parse.GetValue(html) is { } written)
            {
                context.Console.WriteLine($"Report with charts written to {written}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The method a CLI name stands for, with the defaults docs/forecasting.md describes.</summary>
    internal static IForecastMethod Method(string name, long seed) => name switch
    {
        "naive" => new NaiveCountMethod(),
        "retro" => new RetrospectiveHotspotMethod(),
        "prospective" => new ProspectiveHotspotMethod(),
        "kde" => new KernelDensityForecastMethod(),
        "gridsepp" => new GridSeppMethod(),
        "sepp" => new ContinuousSeppMethod(seed: seed),
        _ => throw new CliException($"--methods: '{name}' is not a method. Known: {string.Join(", ", s_methodNames)}", ExitCodes.Usage),
    };

    internal static string[] ParseMethods(string text)
    {
        string[] names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            throw new CliException("--methods: name at least one method", ExitCodes.Usage);
        }

        foreach (string name in names)
        {
            if (!s_methodNames.Contains(name, StringComparer.Ordinal))
            {
                throw new CliException($"--methods: '{name}' is not a method. Known: {string.Join(", ", s_methodNames)}", ExitCodes.Usage);
            }
        }

        return names;
    }

    /// <summary>Percentages ("1,2,5") as shares of the area (0.01, 0.02, 0.05), distinct and in ascending order.</summary>
    internal static double[] ParseCoverages(string text)
    {
        var shares = new SortedSet<double>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double percent) || !double.IsFinite(percent)
                || percent <= 0 || percent > 100)
            {
                throw new CliException($"--coverage: '{part}' is not a percentage above 0 and at most 100", ExitCodes.Usage);
            }

            shares.Add(percent / 100);
        }

        return shares.Count > 0 ? [.. shares] : throw new CliException("--coverage: give at least one percentage", ExitCodes.Usage);
    }

    private static void Print(CliContext context, BacktestOutcome o)
    {
        (string force, BacktestPeriod period, GridSpec grid, CellExtent extent, LoadedCrimes loaded, List<BacktestResult> results,
            BacktestComparison[] comparisons, List<string> choices, List<string> notes, long seed, long run) =
            (o.Force, o.Period, o.Grid, o.Extent, o.Loaded, o.Results, o.Comparisons, o.Choices, o.Notes, o.Seed, o.Run);
        IAnsiConsole console = context.Console;
        console.MarkupLine(Markup.Escape($"Backtest for {force}, forecasting each {period.UnitName} {period.First}..{period.Last} from the " +
            $"{period.UnitName}s before it") + $" [grey](run #{run})[/]");
        string crs = grid.Crs.IsBritishNationalGrid ? string.Empty : $" of {grid.Crs}";
        string cells = o.StudyCells is { } shape ? $"{shape.Count:N0} of its {extent.CellCount:N0} cells scored, those the area touches" : $"{extent.CellCount:N0} cells";
        console.WriteLine($"Study area {extent} of {grid.CellSize} m cells{crs} ({cells}); {loaded.Points.Count:N0} located crimes up to {period.Last}.");
        for (int k = 0; k < results[0].Coverages.Count; k++)
        {
            double share = results[0].Coverages[k];
            var table = new Table().Border(TableBorder.Rounded)
                .Title(string.Create(CultureInfo.InvariantCulture, $"Coverage {share * 100:0.##}% of the area"))
                .AddColumns("Method", "Hit rate (95% CI)", "Caught", "PAI", "PEI", "Harm captured");
            foreach (BacktestResult r in results)
            {
                BacktestSummary s = r.Summaries()[k];
                table.AddRow(
                    Markup.Escape(r.Method),
                    s.HitRate.Value is { } v
                        ? string.Create(CultureInfo.InvariantCulture, $"{v:P1} ({s.HitRate.Low:P1}–{s.HitRate.High:P1})")
                        : "-",
                    string.Create(CultureInfo.InvariantCulture, $"{s.HitRate.Events:N0} of {s.HitRate.Of:N0}"),
                    Format(s.MeanPai, "F2"),
                    Format(s.Pei, "P1"),
                    Format(s.HarmRate, "P1"));
            }

            console.Write(table);
            foreach (BacktestComparison c in comparisons.Where(c => c.Result.Coverage == share))
            {
                PairedComparison p = c.Result;
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {c.Best} vs {c.Other}: caught more in {period.Count(p.FirstWins)}, fewer in {period.Count(p.SecondWins)}, same in {period.Count(p.Ties)}; " +
                    $"sign test p = {p.SignTestP:0.####}; mean hit-rate difference {Format(p.MeanHitRateDifference * 100, "+0.0;-0.0")} points"));
            }
        }

        console.WriteLine("Hit rate: crimes caught in the chosen cells out of all in the study area, pooled over " + period.UnitName + "s, Wilson interval " +
            "(crimes near each other are not independent: read it as a lower bound on the uncertainty). PAI: mean over " + period.UnitName + "s. " +
            "PEI: caught out of the most the same number of cells could have caught. Ties at the cut-off: grid order.");
        console.WriteLine($"Data: {AnalysisInputs.SourceSummary(loaded)}; {loaded.WithoutLocation:N0} crimes without a location left out.");
        if (loaded.MissingMonths.Count > 0)
        {
            console.WriteLine($"Missing months (not zero): {CoverageCommand.Ranges(loaded.MissingMonths)}");
        }

        console.WriteLine($"Seed {seed}; harm table {HarmTable.Default.Name} ({HarmTable.Default.Version}); Lantern {LanternCli.Version}.");
        foreach (BacktestResult r in results)
        {
            console.WriteLine($"{r.Method}: {r.Parameters}");
        }

        foreach (string c in choices)
        {
            console.WriteLine($"Automatic choice: {c}");
        }

        foreach (string note in notes)
        {
            console.WriteLine($"Note: {note}");
        }
    }

    private static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";
}
