using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Core.Crimes;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;
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
        var area = new Option<string?>("--area") { Description = "Study area: the envelope of this imported area (code). Default: the box of the central 99% of crimes" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON, with its parameters and inputs" };
        var choose = new Option<double?>("--choose")
        {
            Description = "Choose the force's method: the best at this coverage (percent, one of --coverage), recorded with the evidence " +
                "as a method-choice run that 'lantern tasking --method chosen' uses",
        };
        var command = new Command("backtest", "Rolling-origin backtest of the forecasting methods, by month or by day: hit rate, PAI, PEI and harm captured by coverage")
        {
            force, types, unit, from, to, methods, coverage, cellSize, area, seed, choose, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            string[] chosen = ParseMethods(parse.GetValue(methods) ?? DefaultMethods);
            double[] shares = ParseCoverages(parse.GetValue(coverage) ?? "1,2,5,10,20");
            double? chooseAt = parse.GetValue(choose) is { } percent ? percent / 100 : null;
            if (chooseAt is { } at && !shares.Any(s => Math.Abs(s - at) < 1e-12))
            {
                throw new CliException($"--choose {at * 100}: not one of the coverages scored (--coverage)", ExitCodes.Usage);
            }

            IReadOnlySet<CrimeCategory>? categories = AnalysisInputs.ParseTypes(parse.GetValue(types));
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            (string slug, string? forceChoice) = AnalysisInputs.ResolveForce(store, parse.GetValue(force));
            GridSpec grid = AnalysisInputs.Grid(store, slug, parse.GetValue(cellSize));
            var choices = new List<string>();
            if (forceChoice is not null)
            {
                choices.Add($"force: {forceChoice}");
            }

            BacktestPeriod period = BacktestPeriod.Parse(parse.GetValue(unit), parse.GetValue(from), parse.GetValue(to),
                () => CrimeQuery.LatestMonth(store, slug), () => CrimeQuery.LatestDay(store, slug), choices);
            YearMonth first = period.FirstMonth, last = period.LastMonth;
            long seedValue = parse.GetValue(seed) ?? AnalysisInputs.DefaultSeed(slug, period.Unit == PeriodUnit.Day
                ? DateOnly.ParseExact(period.First, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : new DateOnly(first.Year, first.Month, 1));
            HarmTable harm = HarmTable.Default;
            CrimeHistory history = CrimeQuery.LoadHistory(store, slug, harm);
            // Everything up to --to: the months before --from are what the first targets learn from.
            YearMonth earliest = history.Span.From < first ? history.Span.From : first;
            LoadedCrimes loaded = history.Select(new CrimeSelection(slug, earliest, last, categories));
            if (loaded.Points.Count == 0)
            {
                throw new CliException($"No located crimes for {slug} up to {last}: {AnalysisInputs.DataSpan(store, slug)}.");
            }

            if (!loaded.SourceByMonth.Keys.Any(m => m >= first && m <= last))
            {
                throw new CliException($"No crime data for {slug} in {first}..{last} to score: {AnalysisInputs.DataSpan(store, slug)}.");
            }

            CellExtent extent = parse.GetValue(area) is { } code
                ? AnalysisInputs.StudyArea(loaded.Points, grid, AreaFor(store, code, grid), choices)!.Value // an area gives an extent
                : TrimmedBox(loaded.Points, grid, choices);
            var events = ForecastEvents.FromCrimes(loaded.Points, period.Resolution, EventWeighting.Count);
            var harmEvents = ForecastEvents.FromCrimes(loaded.Points, period.Resolution, EventWeighting.Harm);
            if (events.Count == 0)
            {
                throw new CliException($"No timestamped crimes for {slug} up to {period.Last}: a daily backtest needs force exports with times " +
                    "(docs/formats.md); data.police.uk months can be backtested by month (--unit month).");
            }

            ForecastTarget[] targets = period.Targets;

            var results = new List<BacktestResult>(chosen.Length);
            foreach (string name in chosen)
            {
                ct.ThrowIfCancellationRequested();
                results.Add(Backtest.Run(Method(name, seedValue), events, grid, extent, targets, shares, CoverageTies.GridOrder, harmEvents));
            }

            var training = targets.Select(t => Training(events, t)).ToArray();
            var notes = new List<string>();
            if (training[0].Events == 0)
            {
                notes.Add($"{targets[0]} has no earlier crimes to learn from: start --from after the first month of data ({history.Span.From}).");
            }

            if (events.LeftOut > 0)
            {
                notes.Add($"{events.LeftOut:N0} crimes without a time (data.police.uk months) are left out of a daily backtest.");
            }

            Comparison[] comparisons = Compare(results, shares);
            string parameters = JsonSerializer.Serialize(new
            {
                force = slug,
                unit = period.UnitName,
                from = period.First,
                to = period.Last,
                methods = chosen,
                coverages = shares,
                cellSize = grid.CellSize,
                crs = grid.Epsg,
                types = categories?.Select(CrimeCategories.Slug).Order(StringComparer.Ordinal),
                ties = "grid order",
                seed = seedValue,
                harmTable = new { harm.Name, harm.Version, harm.Unit, source = "built in" },
            }, JsonOutput.Options);
            string inputs = JsonSerializer.Serialize(new
            {
                database = store.Name,
                monthsBySource = AnalysisInputs.SourceSummary(loaded),
                missingMonths = loaded.MissingMonths.Select(m => m.ToString()),
                crimes = loaded.Points.Count,
                withoutLocation = loaded.WithoutLocation,
            }, JsonOutput.Options);
            string resultJson = JsonSerializer.Serialize(new
            {
                studyArea = new { extent.MinColumn, extent.MinRow, extent.Columns, extent.Rows, cells = extent.CellCount },
                targets = targets.Select((t, i) => new
                {
                    target = t.Label,
                    trainingEvents = training[i].Events,
                    trainingThrough = training[i].Through,
                }),
                methods = results.Select(r => new
                {
                    name = r.Method,
                    parameters = r.Parameters,
                    summaries = r.Summaries().Select(s => new
                    {
                        coverage = s.Coverage,
                        hitRate = Number(s.HitRate.Value),
                        hitRateLow = Number(s.HitRate.Low),
                        hitRateHigh = Number(s.HitRate.High),
                        captured = s.HitRate.Events,
                        events = s.HitRate.Of,
                        meanPai = Number(s.MeanPai),
                        pei = Number(s.Pei),
                        harmCaptured = Number(s.HarmRate),
                        s.Targets,
                        s.TargetsWithEvents,
                    }),
                    byTarget = targets.Select((t, i) => new
                    {
                        target = t.Label,
                        events = r.ScoresOf(i)[0].Events,
                        cellsChosen = r.ScoresOf(i).Select(s => s.CellsChosen),
                        captured = r.ScoresOf(i).Select(s => s.Captured),
                    }),
                }),
                comparisons = comparisons.Select(c => new
                {
                    coverage = c.Result.Coverage,
                    best = c.Best,
                    other = c.Other,
                    bestWins = c.Result.FirstWins,
                    otherWins = c.Result.SecondWins,
                    ties = c.Result.Ties,
                    signTestP = Number(c.Result.SignTestP),
                    meanHitRateDifference = Number(c.Result.MeanHitRateDifference),
                }),
                automaticChoices = choices,
                notes,
            }, JsonOutput.Options);
            long run = AnalysisRun.Record(store, "backtest", slug, Environment.UserName, LanternCli.Version, context.Time.GetUtcNow(),
                parameters, inputs, resultJson);

            (string Method, long Run)? chosenMethod = chooseAt is { } share
                ? Analysis.MethodChoice.Record(store, slug, chosen, results, shares.First(s => Math.Abs(s - share) < 1e-12), run,
                    Environment.UserName, context.Time.GetUtcNow())
                : null;
            if (parse.GetValue(json))
            {
                await OutputFormats.WriteRunJson(null, context, run, parameters, inputs, resultJson);
                return ExitCodes.Ok;
            }

            Print(context, slug, period, grid, extent, loaded, results, comparisons, choices, notes, seedValue, run);
            if (chosenMethod is { } c)
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Chosen for {slug}: {c.Method}, by the rule: {Analysis.MethodChoice.Rule} (at {chooseAt * 100:0.##}% coverage; the table " +
                    $"and comparisons above are the evidence). Recorded as run #{c.Run}; 'lantern tasking --force {slug} --method chosen' uses it."));
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

    private static StoredArea AreaFor(LanternStore store, string code, GridSpec grid)
    {
        AnalysisInputs.RequireBng(grid, $"--area {code}");
        return AnalysisInputs.FindArea(store, code);
    }

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

    /// <summary>
    /// The box of the central 99% of crimes' eastings and northings, not widened: every score here is a share of the study
    /// area, so the empty margin the hot-spot commands' robust box adds (at least 5 km a side, which is most of a small force
    /// like the City of London) would make every method look better at every coverage.
    /// </summary>
    private static CellExtent TrimmedBox(CrimePoints points, GridSpec grid, List<string> choices)
    {
        double[] xs = points.Easting.ToArray(), ys = points.Northing.ToArray();
        Array.Sort(xs);
        Array.Sort(ys);
        int lo = (int)Math.Floor(StudyAreas.TrimFraction * (xs.Length - 1));
        int hi = (int)Math.Ceiling((1 - StudyAreas.TrimFraction) * (xs.Length - 1));
        CellExtent extent = CellExtent.Covering(grid, xs[lo], ys[lo], xs[hi], ys[hi]);
        choices.Add($"StudyArea = {extent} (the box holding the central 99% of crimes' eastings and northings; give --area for an imported boundary)");
        return extent;
    }

    /// <summary>How many events a target's forecast may learn from, and the last month (or day) among them.</summary>
    /// <remarks>The same rule as <see cref="ForecastEvents"/>: happened before the target's start and known by then.</remarks>
    private static (int Events, string? Through) Training(ForecastEvents events, ForecastTarget target)
    {
        ReadOnlySpan<double> time = events.Time, known = events.KnownAt;
        int n = 0;
        double latest = double.NegativeInfinity;
        for (int i = 0; i < time.Length; i++)
        {
            if (time[i] < target.Start && known[i] <= target.Start)
            {
                n++;
                latest = Math.Max(latest, time[i]);
            }
        }

        if (n == 0)
        {
            return (0, null);
        }

        int whole = (int)Math.Floor(latest);
        return (n, events.Resolution == TimeResolution.Month
            ? YearMonth.FromIndex(whole).ToString()
            : DateOnly.FromDayNumber(whole).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>At each coverage, the method with the highest pooled hit rate (the first listed on a tie) against each other.</summary>
    private static Comparison[] Compare(List<BacktestResult> results, double[] shares)
    {
        var comparisons = new List<Comparison>();
        if (results.Count < 2)
        {
            return [];
        }

        for (int k = 0; k < shares.Length; k++)
        {
            BacktestResult best = results[0];
            double bestRate = best.Summaries()[k].HitRate.Value ?? -1;
            foreach (BacktestResult r in results)
            {
                double rate = r.Summaries()[k].HitRate.Value ?? -1;
                if (rate > bestRate)
                {
                    (best, bestRate) = (r, rate);
                }
            }

            foreach (BacktestResult r in results)
            {
                if (!ReferenceEquals(r, best))
                {
                    comparisons.Add(new Comparison(best.Method, r.Method, Backtest.Compare(best, r, shares[k])));
                }
            }
        }

        return [.. comparisons];
    }

    private static double? Number(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static void Print(CliContext context, string force, BacktestPeriod period, GridSpec grid, CellExtent extent,
        LoadedCrimes loaded, List<BacktestResult> results, Comparison[] comparisons, List<string> choices, List<string> notes, long seed, long run)
    {
        IAnsiConsole console = context.Console;
        console.MarkupLine(Markup.Escape($"Backtest for {force}, forecasting each {period.UnitName} {period.First}..{period.Last} from the " +
            $"{period.UnitName}s before it") + $" [grey](run #{run})[/]");
        string crs = grid.Crs.IsBritishNationalGrid ? string.Empty : $" of {grid.Crs}";
        console.WriteLine($"Study area {extent} of {grid.CellSize} m cells{crs} ({extent.CellCount:N0} cells); {loaded.Points.Count:N0} located crimes up to {period.Last}.");
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
            foreach (Comparison c in comparisons.Where(c => c.Result.Coverage == share))
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

    private sealed record Comparison(string Best, string Other, PairedComparison Result);
}
