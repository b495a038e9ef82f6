using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Crimes;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Tasking;
using Lantern.Core.Time;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Makes a tasking list from the store, the same way for the CLI and the web: resolves the inputs, runs the analysis and
/// records it as an analysis run with its parameters, data inputs and automatic choices. Bad input throws
/// <see cref="CliException"/> with a message for the user.
/// </summary>
internal static class TaskingRun
{
    public const string Kind = "tasking";

    public static Task<TaskingResult> ComputeAsync(LanternStore store, TaskingRequest request, TimeProvider time, CancellationToken ct) =>
        ComputeAsync(store, request, time, (selection, harm) => CrimeQuery.Load(store, selection, harm), ct);

    /// <summary>
    /// The same, with the crimes from <paramref name="load"/> (the web's in-memory copy) instead of a read of the store, and
    /// each boundary level's index from <paramref name="areaIndex"/> when given (the web keeps them too).
    /// </summary>
    public static async Task<TaskingResult> ComputeAsync(LanternStore store, TaskingRequest request, TimeProvider time,
        Func<CrimeSelection, HarmTable, LoadedCrimes> load, CancellationToken ct, Func<string, AreaIndex?>? areaIndex = null)
    {
        (string force, string? forceChoice) = AnalysisInputs.ResolveForce(store, request.Force);
        (HarmTable harm, string harmSource) = AnalysisInputs.LoadHarm(request.HarmFile, request.HarmVersion);
        GridSpec grid = AnalysisInputs.Grid(store, force, request.CellSize);
        IReadOnlySet<CrimeCategory>? types = AnalysisInputs.ParseTypes(request.Types);
        int lookBack = request.Months;
        if (lookBack is < 1 or > 60)
        {
            throw new CliException("--months must be between 1 and 60", ExitCodes.Usage);
        }

        int n = request.Top;
        if (n is < 1 or > 500)
        {
            throw new CliException("--top must be between 1 and 500", ExitCodes.Usage);
        }

        (TaskingMethod method, string methodName) = Method(request.Method);
        string? forecastName = method == TaskingMethod.Forecast ? methodName : null;
        long? choiceRun = null;
        if (methodName == "chosen")
        {
            (forecastName, long chosenRun) = (request.MethodChoiceRun is { } asked ? MethodChoice.Of(store, force, asked) : MethodChoice.Latest(store, force)) ?? throw new CliException(
                $"No method has been chosen for {force}: choose one on its own past with 'lantern backtest --force {force} --choose 5' " +
                "(or name a method).", ExitCodes.Usage);
            choiceRun = chosenRun;
        }

        DateOnly day = request.Date;
        YearMonth before = YearMonth.Of(day).PlusMonths(-1);
        YearMonth latest = CrimeQuery.LatestMonth(store, force) ?? throw new CliException($"No crimes for {force} in {store.Name}.");
        YearMonth end = latest < before ? latest : before;
        int age = before.Index - end.Index;
        LoadedCrimes loaded = load(new CrimeSelection(force, end.PlusMonths(1 - (2 * lookBack)), end, types), harm);
        (CrimePoints points, StoredArea? area) = AnalysisInputs.FilterToArea(store, loaded.Points, request.Area, grid);
        ExclusionMask? mask = await AnalysisInputs.LoadMask(request.MaskFile, grid, ct);
        string? level = request.PerArea;
        if (level is not null)
        {
            AnalysisInputs.RequireBng(grid, $"--per-area {level}");
        }

        AreaCodes areas = AnalysisInputs.Areas(store, grid, areaIndex);
        Func<CellId, string?>? areaOf = level is null ? null : AnalysisInputs.Level(areas, level);
        long s = request.Seed ?? AnalysisInputs.DefaultSeed(force, day);
        var choices = new List<string>();
        if (forceChoice is not null)
        {
            choices.Add($"force: {forceChoice}");
        }

        (CellExtent? studyArea, CellSet? studyCells) = AnalysisInputs.StudyArea(points, grid, area, choices);
        RiskSurface? forecast = null;
        if (forecastName is not null && studyArea is { } extent)
        {
            if (choiceRun is { } cr)
            {
                choices.Add($"method: {forecastName}, the force's chosen method (run #{cr})");
            }

            forecast = Forecast(forecastName, points, grid, extent, day, s, choices);
        }

        string? warning = null;
        if (age > 3)
        {
            // data.police.uk publishes about two months late; much older than that, the list describes the past.
            warning = $"the newest crime data for {Lantern.Data.Generation.ForceNames.Of(force)} is {end}, {age} months before {day:yyyy-MM-dd}: import newer data for a current list.";
            choices.Add($"data age: the newest month is {end}, {age} months before the list's date");
        }

        var adjustments = request.Adjustments?.ToList() ?? PlaceAdjustment.List(store, force, includeWithdrawn: false)
            .Where(a => a.CellSize == grid.CellSize)
            .Select(a => new AnalystAdjustment(a.Cell, a.Action == PlaceAdjustment.Add ? AdjustmentKind.Add : AdjustmentKind.Suppress,
                $"{a.Reason} (#{a.Id}, {a.MadeBy}, {a.MadeAt[..10]})"))
            .ToList();
        var options = new TaskingOptions(day, s)
        {
            Grid = grid,
            StudyArea = studyArea,
            StudyCells = studyCells,
            LookBackMonths = lookBack,
            TopN = n,
            AreaOf = areaOf,
            AreaName = level is null ? null : AreaNames(store, level),
            TopNPerArea = level is not null,
            IsExcluded = mask is null ? null : cell => mask.Excludes(grid, cell),
            Adjustments = adjustments,
            MonthsPresent = loaded.SourceByMonth.Keys.ToHashSet(),
            Categories = types,
            HarmUnit = harm.Unit,
            HarmTableVersion = harm.Version,
            Method = forecast is null && method == TaskingMethod.Forecast ? TaskingMethod.HarmWeightedCount : method, // no crimes: nothing to forecast
            Forecast = forecast,
        };
        TaskingList list = TaskingAnalysis.Run(points, options);

        if (request.Seed is null)
        {
            choices.Add($"seed: {s} (derived from force and date)");
        }

        string parameters = JsonSerializer.Serialize(new
        {
            force,
            date = day,
            top = n,
            perArea = level,
            months = lookBack,
            cellSize = grid.CellSize,
            method = methodName,
            forecastMethod = forecastName,
            forecastParameters = forecast?.Parameters,
            forecastTarget = forecast?.Target.Label,
            methodChoiceRun = choiceRun,
            types = types?.Select(CrimeCategories.Slug).Order(StringComparer.Ordinal),
            area = area?.Code,
            mask = request.MaskFile,
            maskSha256 = AnalysisInputs.FileSha256(request.MaskFile),
            seed = s,
            harmTable = new { harm.Name, harm.Version, harm.Unit, source = harmSource, sha256 = AnalysisInputs.FileSha256(request.HarmFile) },
            adjustments = adjustments.Select(a => new { cell = grid.CellName(a.Cell), kind = a.Kind.ToString(), a.Reason }),
        }, JsonOutput.Options);
        string dataInputs = JsonSerializer.Serialize(new
        {
            database = store.Name,
            monthsBySource = AnalysisInputs.SourceSummary(loaded),
            missingMonths = loaded.MissingMonths.Select(m => m.ToString()),
            crimesLoaded = loaded.Points.Count,
            crimesInArea = points.Count,
            withoutLocation = loaded.WithoutLocation,
            timedCrimes = points.TimedCount,
        }, JsonOutput.Options);
        string resultJson = JsonSerializer.Serialize(ToJson(list, grid, choices), JsonOutput.Options);
        long run = request.Record ? AnalysisRun.Record(store, Kind, force, request.By, LanternCli.Version, time.GetUtcNow(), parameters, dataInputs, resultJson) : 0;
        return new TaskingResult(list, force, grid, area, loaded, points, harm, harmSource, choices, areas, areaOf, run, parameters, dataInputs,
            resultJson, warning);
    }

    /// <summary>
    /// The names the CLI and the web give the methods: count and gistar as <c>lantern hotspots --method</c> does, every
    /// forecasting method as <c>lantern backtest --methods</c> names them, and "chosen", the force's chosen method.
    /// </summary>
    internal static readonly string[] s_methodNames = ["count", "gistar", .. BacktestCommand.s_methodNames, "chosen"];

    private static (TaskingMethod Method, string Name) Method(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "count" => (TaskingMethod.HarmWeightedCount, "count"),
        "gistar" => (TaskingMethod.GiStarHotSpots, "gistar"),
        { } n when s_methodNames.Contains(n, StringComparer.Ordinal) => (TaskingMethod.Forecast, n),
        _ => throw new CliException($"--method must be one of {string.Join(", ", s_methodNames)}, not '{name}'", ExitCodes.Usage),
    };

    /// <summary>
    /// The forecast of the list's day (timestamped crimes) or month (data.police.uk months) from the crimes loaded, all before
    /// it, harm-weighted: tasking sends patrols where harm is expected. Recorded as automatic choices.
    /// </summary>
    private static RiskSurface Forecast(string name, CrimePoints points, GridSpec grid, CellExtent extent, DateOnly day, long seed,
        List<string> choices)
    {
        bool timed = points.Count > 0 && points.TimedCount == points.Count;
        var events = ForecastEvents.FromCrimes(points, timed ? TimeResolution.Timestamp : TimeResolution.Month, EventWeighting.Harm);
        ForecastTarget target = timed ? ForecastTarget.Day(day) : ForecastTarget.Month(YearMonth.Of(day));
        RiskSurface risk = BacktestCommand.Method(name, seed).Fit(events, grid, extent, target).Predict(target);
        choices.Add(string.Create(CultureInfo.InvariantCulture,
            $"forecast: {risk.Method} for {target} ({(timed ? "every crime has a time: by day" : "month-resolution data: by month")}), " +
            $"harm-weighted, from the {events.Count:N0} crimes loaded before it; {risk.Parameters}"));
        return risk;
    }

    // "Westminster" for E09000033 in a place's reason, read only for a list per area and only the list's level (33 London
    // boroughs, not every LSOA too); a code with no name stays a code.
    private static Func<string, string> AreaNames(LanternStore store, string level)
    {
        var names = AreaStore.NamesOf(store, level).ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        return code => names.GetValueOrDefault(code) is { Length: > 0 } name ? name : code;
    }

    internal static object ToJson(TaskingList list, GridSpec grid, List<string> choices)
    {
        var geometry = new CellGeometry(grid);
        return new
        {
            date = list.Options.Date,
            lookBack = list.LookBack?.ToString(),
            previous = list.Previous?.ToString(),
            crimesUsed = list.CrimesUsed,
            timedCrimesUsed = list.TimedCrimesUsed,
            eligibleCells = list.EligibleCells,
            excludedCells = list.ExcludedCells,
            places = list.Places.Select(p =>
            {
                (double lon, double lat) = geometry.Centre(p.Cell);
                return new
                {
                    rank = p.Rank,
                    cell = grid.CellName(p.Cell),
                    easting = p.Centre.Easting,
                    northing = p.Centre.Northing,
                    latitude = Math.Round(lat, 6),
                    longitude = Math.Round(lon, 6),
                    area = p.AreaCode,
                    source = p.Source.ToString(),
                    harm = p.Harm,
                    harmRank = p.HarmRank,
                    crimes = p.Crimes,
                    byCategory = p.ByCategory.Select(c => new { category = CrimeCategories.Name(c.Category), crimes = c.Crimes, harm = c.Harm }),
                    giStar = p.GiStar is { } g ? new { z = g.Z, p = g.PValue, adjustedP = g.AdjustedP, significant = g.Significant, neighbours = g.Neighbours } : null,
                    trend = new
                    {
                        current = p.Trend.Current,
                        previous = p.Trend.Previous,
                        changePercent = p.Trend.ChangePercent,
                        pValue = p.Trend.PValue,
                        direction = p.Trend.Direction.ToString(),
                    },
                    patrol = new
                    {
                        visits = p.Plan.VisitsPerDay,
                        minutes = p.Plan.VisitMinutes,
                        times = p.Plan.VisitTimes.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)),
                        peakStart = p.Plan.PeakStart?.ToString("HH:mm", CultureInfo.InvariantCulture),
                        peakHours = p.Plan.PeakHours,
                        peakSource = p.Plan.Source.ToString(),
                        advice = p.Plan.Advice,
                    },
                    reason = p.Reason,
                };
            }),
            adjustments = list.Adjustments.Select(a => new { cell = grid.CellName(a.Adjustment.Cell), kind = a.Adjustment.Kind.ToString(), a.Adjustment.Reason, a.Applied, a.Effect }),
            automaticChoices = choices.Concat(list.AutomaticChoices.Select(c => $"{c.Parameter} = {c.Value} ({c.Reason})")),
            notes = list.Notes,
        };
    }
}
