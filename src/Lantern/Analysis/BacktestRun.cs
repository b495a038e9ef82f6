using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Crimes;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Runs a rolling-origin backtest from the store, the same way for the CLI and the web (issue #5): resolves the inputs,
/// fits every method afresh for every target on what was known before it, scores it, compares the best with the rest and
/// records the run (and, when asked, the force's method choice). Bad input throws <see cref="CliException"/>.
/// </summary>
/// <remarks>
/// data.police.uk gives months, not days, so a monthly backtest makes every month from From to To a target; a daily one
/// (timestamped force exports) every day. Methods learn from counts; harm captured scores the same choice of cells
/// against harm-weighted crimes.
/// </remarks>
internal static class BacktestRun
{
    public const string Kind = "backtest";

    /// <summary>
    /// The request's inputs checked against the store, without reading the crimes or fitting anything: what
    /// <see cref="Compute"/> refuses at once (methods, coverages, the choice, crime types, force, grid, period), so that the
    /// web can say it before it queues the work.
    /// </summary>
    /// <exception cref="CliException">An input is wrong.</exception>
    public static void Check(LanternStore store, BacktestRequest request) => _ = Resolve(store, request);

    public static BacktestOutcome Compute(LanternStore store, BacktestRequest request, TimeProvider time, CancellationToken ct)
    {
        (string[] chosen, double[] shares, double? chooseAt, IReadOnlySet<CrimeCategory>? categories, string slug, GridSpec grid, List<string> choices,
            BacktestPeriod period) = Resolve(store, request);
        YearMonth first = period.FirstMonth, last = period.LastMonth;
        long seedValue = request.Seed ?? AnalysisInputs.DefaultSeed(slug, period.Unit == PeriodUnit.Day
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

        // With an area: forecasts cover the box around it, and are scored over the cells its boundary touches (a crime in a
        // neighbouring borough in the box is neither caught nor missed, and the coverage is a share of the area's own cells).
        CellSet? studyCells = request.Area is { } code ? AreaCells(store, code, grid, choices) : null;
        CellExtent extent = studyCells?.Extent ?? TrimmedBox(loaded.Points, grid, choices);
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
            results.Add(Backtest.Run(BacktestCommand.Method(name, seedValue), events, grid, extent, targets, shares, CoverageTies.GridOrder, harmEvents,
                studyCells));
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

        BacktestComparison[] comparisons = Compare(results, shares);
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
            area = request.Area,
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
            studyArea = new { extent.MinColumn, extent.MinRow, extent.Columns, extent.Rows, cells = studyCells?.Count ?? extent.CellCount },
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
        long run = request.Record ? AnalysisRun.Record(store, Kind, slug, request.By, LanternCli.Version, time.GetUtcNow(), parameters, inputs, resultJson) : 0;

        MethodChosen? chosenMethod = null;
        if (chooseAt is { } share && request.Record)
        {
            double chooseShare = shares.First(s => Math.Abs(s - share) < 1e-12);
            (string m, long r) = MethodChoice.Record(store, slug, chosen, results, chooseShare, run, request.By, time.GetUtcNow());
            chosenMethod = new MethodChosen(m, r, chooseShare);
        }

        return new BacktestOutcome(slug, period, grid, extent, studyCells, loaded, results, comparisons, choices, notes, seedValue, run, parameters, inputs,
            resultJson, chosenMethod);
    }

    private static (string[] Methods, double[] Shares, double? ChooseAt, IReadOnlySet<CrimeCategory>? Categories, string Slug, GridSpec Grid,
        List<string> Choices, BacktestPeriod Period) Resolve(LanternStore store, BacktestRequest request)
    {
        string[] chosen = BacktestCommand.ParseMethods(request.Methods);
        double[] shares = BacktestCommand.ParseCoverages(request.Coverage);
        double? chooseAt = request.Choose is { } percent ? percent / 100 : null;
        if (chooseAt is { } at && !shares.Any(s => Math.Abs(s - at) < 1e-12))
        {
            throw new CliException($"--choose {at * 100}: not one of the coverages scored (--coverage)", ExitCodes.Usage);
        }

        IReadOnlySet<CrimeCategory>? categories = AnalysisInputs.ParseTypes(request.Types);
        (string slug, string? forceChoice) = AnalysisInputs.ResolveForce(store, request.Force);
        GridSpec grid = AnalysisInputs.Grid(store, slug, request.CellSize);
        var choices = new List<string>();
        if (forceChoice is not null)
        {
            choices.Add($"force: {forceChoice}");
        }

        BacktestPeriod period = BacktestPeriod.Parse(request.Unit, request.From, request.To,
            () => CrimeQuery.LatestMonth(store, slug), () => CrimeQuery.LatestDay(store, slug), choices);
        return (chosen, shares, chooseAt, categories, slug, grid, choices, period);
    }

    private static CellSet AreaCells(LanternStore store, string code, GridSpec grid, List<string> choices)
    {
        AnalysisInputs.RequireBng(grid, $"--area {code}");
        StoredArea area = AnalysisInputs.FindArea(store, code);
        return AnalysisInputs.AreaCells(area, grid, choices, "forecasts cover the box; only these cells are scored");
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
    private static BacktestComparison[] Compare(List<BacktestResult> results, double[] shares)
    {
        var comparisons = new List<BacktestComparison>();
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
                    comparisons.Add(new BacktestComparison(best.Method, r.Method, Backtest.Compare(best, r, shares[k])));
                }
            }
        }

        return [.. comparisons];
    }

    private static double? Number(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
