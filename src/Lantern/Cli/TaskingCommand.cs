using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Tasking;
using Lantern.Core.Time;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary><c>lantern tasking</c>: today's tasking list of high-harm places, with patrol plans and reasons.</summary>
internal static class TaskingCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var inputs = new AnalysisInputs();
        var date = new Option<string?>("--date") { Description = "The day the list is for, yyyy-MM-dd (default: today)" };
        var top = new Option<int>("--top") { Description = "Number of places (per area with --per-area)", DefaultValueFactory = _ => 20 };
        var perArea = new Option<string?>("--per-area") { Description = "Pick the top places in each area of this level: borough, msoa or lsoa" };
        perArea.AcceptOnlyFromAmong(AreaStore.Levels);
        var months = new Option<int>("--months") { Description = "Months of data to look back over (the trend compares the same length before)", DefaultValueFactory = _ => 12 };
        var seed = new Option<long?>("--seed") { Description = "Seed for the random visit times (default: derived from force and date, recorded)" };
        var formats = new OutputFormats();
        var by = new Option<string?>("--by") { Description = "Who is running it, recorded with the result (default: the login name)" };
        var command = new Command("tasking", "Today's tasking list: the highest-harm places to patrol, with a patrol plan and a reason for each")
        {
            date, top, perArea, months, seed, by,
        };
        inputs.AddTo(command);
        formats.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (formats.Chosen(parse) == OutputFormat.Table)
            {
                OutputFormats.RefuseOutForTable(parse.GetValue(formats.Out));
            }

            DateOnly day = ParseDate(parse.GetValue(date), context);
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            (string force, string? forceChoice) = AnalysisInputs.ResolveForce(store, parse.GetValue(inputs.Force));
            (HarmTable harm, string harmSource) = AnalysisInputs.LoadHarm(parse.GetValue(inputs.HarmFile));
            GridSpec grid = AnalysisInputs.Grid(parse.GetValue(inputs.CellSize));
            IReadOnlySet<CrimeCategory>? types = AnalysisInputs.ParseTypes(parse.GetValue(inputs.Types));
            int lookBack = parse.GetValue(months);
            if (lookBack is < 1 or > 60)
            {
                throw new CliException("--months must be between 1 and 60", ExitCodes.Usage);
            }

            int n = parse.GetValue(top);
            if (n is < 1 or > 500)
            {
                throw new CliException("--top must be between 1 and 500", ExitCodes.Usage);
            }

            YearMonth before = YearMonth.Of(day).PlusMonths(-1);
            YearMonth latest = CrimeQuery.LatestMonth(store, force) ?? throw new CliException($"No crimes for {force} in {store.Name}.");
            YearMonth end = latest < before ? latest : before;
            int age = before.Index - end.Index;
            LoadedCrimes loaded = CrimeQuery.Load(store, new CrimeSelection(force, end.PlusMonths(1 - (2 * lookBack)), end, types), harm);
            (CrimePoints points, StoredArea? area) = AnalysisInputs.FilterToArea(store, loaded.Points, parse.GetValue(inputs.Area));
            ExclusionMask? mask = await AnalysisInputs.LoadMask(parse.GetValue(inputs.Mask), ct);
            string? level = parse.GetValue(perArea);
            AreaCodes areas = AnalysisInputs.Areas(store, grid);
            Func<CellId, string?>? areaOf = level is null ? null : AnalysisInputs.Level(areas, level);
            long s = parse.GetValue(seed) ?? AnalysisInputs.DefaultSeed(force, day);
            var choices = new List<string>();
            if (forceChoice is not null)
            {
                choices.Add($"force: {forceChoice}");
            }

            CellExtent? studyArea = AnalysisInputs.StudyArea(points, grid, area, choices);
            if (age > 3)
            {
                // data.police.uk publishes about two months late; much older than that, the list describes the past.
                await context.Err.WriteLineAsync(
                    $"lantern: warning: the newest crime data for {force} is {end}, {age} months before {day:yyyy-MM-dd}: import newer data for a current list.");
                choices.Add($"data age: the newest month is {end}, {age} months before the list's date");
            }

            var adjustments = PlaceAdjustment.List(store, force, includeWithdrawn: false)
                .Where(a => a.CellSize == grid.CellSize)
                .Select(a => new AnalystAdjustment(a.Cell, a.Action == PlaceAdjustment.Add ? AdjustmentKind.Add : AdjustmentKind.Suppress,
                    $"{a.Reason} (#{a.Id}, {a.MadeBy}, {a.MadeAt[..10]})"))
                .ToList();
            var options = new TaskingOptions(day, s)
            {
                Grid = grid,
                StudyArea = studyArea,
                LookBackMonths = lookBack,
                TopN = n,
                AreaOf = areaOf,
                TopNPerArea = level is not null,
                IsExcluded = mask is null ? null : cell => mask.Excludes(grid, cell),
                Adjustments = adjustments,
                MonthsPresent = loaded.SourceByMonth.Keys.ToHashSet(),
                Categories = types,
                HarmUnit = harm.Unit,
                HarmTableVersion = harm.Version,
            };
            TaskingList list = TaskingAnalysis.Run(points, options);

            if (parse.GetValue(seed) is null)
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
                types = types?.Select(CrimeCategories.Slug).Order(StringComparer.Ordinal),
                area = area?.Code,
                mask = parse.GetValue(inputs.Mask),
                seed = s,
                harmTable = new { harm.Name, harm.Version, harm.Unit, source = harmSource },
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
            string who = parse.GetValue(by) ?? Environment.UserName;
            long run = AnalysisRun.Record(store, "tasking", force, who, LanternCli.Version, context.Time.GetUtcNow(), parameters, dataInputs, resultJson);

            string? outFile = parse.GetValue(formats.Out);
            switch (formats.Chosen(parse))
            {
                case OutputFormat.Json:
                    await OutputFormats.WriteRunJson(outFile, context, run, parameters, dataInputs, resultJson);
                    break;
                case OutputFormat.Csv:
                    await OutputFormats.WriteText(outFile, context, w => TaskingCsvWriter.WriteAsync(list, w, areas, ct));
                    break;
                case OutputFormat.GeoJson:
                    await OutputFormats.WriteStream(outFile, context, st => TaskingGeoJsonWriter.WriteAsync(list, st, areas, ct));
                    break;
                default:
                    PrintTable(context, list, force, grid, area, loaded, points, harm, harmSource, choices, run,
                        areaOf ?? AnalysisInputs.Finest(areas), AnalysisInputs.AreaLabel(store));
                    break;
            }

            if (outFile is not null)
            {
                await context.Err.WriteLineAsync($"Wrote {outFile} (run #{run}).");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static DateOnly ParseDate(string? text, CliContext context)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw new CliException($"--date '{text}' is not a date (yyyy-MM-dd)", ExitCodes.Usage);
    }

    /// <summary>"1,084: 623 violence, 246 public order, 199 anti-social behaviour, +11 types".</summary>
    internal static string ShortCategories(TaskingPlace place)
    {
        var top = place.ByCategory.OrderByDescending(c => c.Crimes).ToList();
        string head = string.Join(", ", top.Take(3).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Crimes:N0} {CrimeCategories.Name(c.Category).ToLowerInvariant()}")));
        string more = top.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $", +{top.Count - 3} types") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{place.Crimes:N0}: {head}{more}");
    }

    private static void PrintTable(CliContext context, TaskingList list, string force, GridSpec grid, StoredArea? area, LoadedCrimes loaded,
        CrimePoints points, HarmTable harm, string harmSource, List<string> choices, long run, Func<CellId, string?>? displayArea,
        Func<string?, string> areaLabel)
    {
        IAnsiConsole console = context.Console;
        string where = area is null ? string.Empty : $", {area.Name ?? area.Code} ({area.Code})";
        console.MarkupLine(Markup.Escape($"Tasking list for {force}{where}, {list.Options.Date:dddd d MMMM yyyy}: {list.Places.Count} places") + $" [grey](run #{run})[/]");
        if (list.LookBack is { } lb)
        {
            console.WriteLine($"From crimes {lb.First}..{lb.Last}{(list.Previous is { } p ? $", trend against {p.First}..{p.Last}" : string.Empty)}; " +
                $"{list.CrimesUsed:N0} crimes located in {grid.CellSize} m cells; harm in {harm.Unit} ({harm.Name}, {harm.Version}).");
        }

        if (list.Places.Count == 0)
        {
            console.WriteLine(list.CrimesUsed > 0
                ? $"No places to task: the {list.CrimesUsed:N0} crimes in the look-back period carry no harm under this harm table " +
                  "(anti-social behaviour and proactive drugs finds weigh 0 by default): choose other --types or a --harm-file."
                : "No places to task: there are no located crimes in the look-back period (see the notes below and 'lantern coverage').");
        }

        // A table where the terminal is wide enough for its nine columns; on a narrower one (a laptop, a phone's SSH
        // client) one block per place, which reads at any width.
        bool wide = console.Profile.Width >= 160;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("#", "Place (cell)", "Area", "Harm", "Crimes", "Gi*", "Trend", "Patrol plan", "Why");
        foreach (TaskingPlace place in list.Places)
        {
            (double lon, double lat) = new CellGeometry(grid).Centre(place.Cell);
            string gi = place.GiStar is { } g ? $"z {g.Z:F1}{(g.IsHotSpot ? " hot" : string.Empty)}" : "-";
            string trend = place.Trend.Direction switch
            {
                TrendDirection.Rising => $"rising {place.Trend.ChangePercent:+0;-0}%",
                TrendDirection.Falling => $"falling {place.Trend.ChangePercent:+0;-0}%",
                TrendDirection.NoClearChange => "steady",
                _ => "n/a",
            };
            string plan = place.Plan.VisitTimes.Count > 0
                ? $"{place.Plan.VisitsPerDay} × {place.Plan.VisitMinutes} min at {string.Join(", ", place.Plan.VisitTimes.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)))}"
                : $"{place.Plan.VisitsPerDay} × {place.Plan.VisitMinutes} min";
            string areaText = areaLabel(place.AreaCode ?? displayArea?.Invoke(place.Cell));
            string harmText = place.Harm.ToString("N0", CultureInfo.InvariantCulture);
            if (wide)
            {
                table.AddRow(
                    place.Rank.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape($"{grid.CellName(place.Cell)}\n{lat:F5}, {lon:F5}"),
                    Markup.Escape(areaText),
                    harmText,
                    Markup.Escape(ShortCategories(place)),
                    gi,
                    trend,
                    Markup.Escape(plan),
                    Markup.Escape(place.Reason));
                continue;
            }

            console.WriteLine();
            console.MarkupLine(Markup.Escape($"{place.Rank,2}. {grid.CellName(place.Cell)}  ({lat:F5}, {lon:F5})  {areaText}"));
            console.WriteLine($"    Harm {harmText} {list.Options.HarmUnit} · Gi* {gi} · trend {trend}");
            console.WriteLine($"    Crimes {ShortCategories(place)}");
            console.WriteLine($"    Patrol: {plan}");
            console.WriteLine($"    Why: {place.Reason}");
        }

        if (list.Places.Count > 0)
        {
            if (wide)
            {
                console.Write(table);
            }
            else
            {
                console.WriteLine();
            }

            console.WriteLine($"Patrol times: {list.Places[0].Plan.Advice}");
        }

        foreach (AdjustmentOutcome a in list.Adjustments)
        {
            console.WriteLine($"Adjustment {a.Adjustment.Kind.ToString().ToLowerInvariant()} {grid.CellName(a.Adjustment.Cell)}: {a.Effect} ({a.Adjustment.Reason})");
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Data: {AnalysisInputs.SourceSummary(loaded)}");
        if (loaded.MissingMonths.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; missing months (not zero): {CoverageCommand.Ranges(loaded.MissingMonths)}");
        }

        sb.Append(CultureInfo.InvariantCulture, $"; {loaded.WithoutLocation:N0} crimes without a location left out");
        if (points.Count != loaded.Points.Count)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; {points.Count:N0} of {loaded.Points.Count:N0} crimes inside the area");
        }

        console.WriteLine(sb.ToString());
        console.WriteLine($"Eligible cells {list.EligibleCells:N0}, excluded by mask {list.ExcludedCells:N0}; seed {list.Options.Seed}; harm table {harmSource}; Lantern {LanternCli.Version}.");
        foreach (string c in choices)
        {
            console.WriteLine($"Automatic choice: {c}");
        }

        foreach (AutomaticChoice c in list.AutomaticChoices)
        {
            console.WriteLine($"Automatic choice: {c.Parameter} = {c.Value} ({c.Reason})");
        }

        foreach (string note in list.Notes)
        {
            console.WriteLine($"Note: {note}");
        }
    }

    private static object ToJson(TaskingList list, GridSpec grid, List<string> choices)
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
