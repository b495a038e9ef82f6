using System.CommandLine;
using System.Globalization;
using System.Text;
using Lantern.Analysis;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Tasking;
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
        var method = new Option<string>("--method")
        {
            Description = "How cells are ranked: count (every cell with harm, by harm-weighted count), gistar (only significant Gi* hot spots), " +
                "a forecasting method (naive, retro, prospective, kde, gridsepp, sepp: the cells with harm ranked by the method's harm-weighted " +
                "forecast for the day, or its month for data.police.uk months) or chosen (the force's chosen method, 'lantern backtest --choose')",
            DefaultValueFactory = _ => "count",
        };
        method.AcceptOnlyFromAmong(TaskingRun.s_methodNames);
        var formats = new OutputFormats();
        var by = new Option<string?>("--by") { Description = "Who is running it, recorded with the result (default: the login name)" };
        var command = new Command("tasking", "Today's tasking list: the highest-harm places to patrol, with a patrol plan and a reason for each")
        {
            date, top, perArea, months, method, seed, by,
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
            var request = new TaskingRequest
            {
                Force = parse.GetValue(inputs.Force),
                Date = day,
                Top = parse.GetValue(top),
                PerArea = parse.GetValue(perArea),
                Months = parse.GetValue(months),
                Seed = parse.GetValue(seed),
                CellSize = parse.GetValue(inputs.CellSize),
                Method = parse.GetValue(method),
                Types = parse.GetValue(inputs.Types),
                Area = parse.GetValue(inputs.Area),
                MaskFile = parse.GetValue(inputs.Mask),
                HarmFile = parse.GetValue(inputs.HarmFile),
                By = parse.GetValue(by) ?? Environment.UserName,
            };
            TaskingResult r = await TaskingRun.ComputeAsync(store, request, context.Time, ct);
            if (r.DataAgeWarning is not null)
            {
                await context.Err.WriteLineAsync($"lantern: warning: {r.DataAgeWarning}");
            }

            TaskingList list = r.List;
            long run = r.RunId;
            AreaCodes areas = r.Areas;
            string? outFile = parse.GetValue(formats.Out);
            switch (formats.Chosen(parse))
            {
                case OutputFormat.Json:
                    await OutputFormats.WriteRunJson(outFile, context, run, r.ParametersJson, r.InputsJson, r.ResultJson);
                    break;
                case OutputFormat.Csv:
                    await OutputFormats.WriteText(outFile, context, w => TaskingCsvWriter.WriteAsync(list, w, areas, run, ct));
                    break;
                case OutputFormat.GeoJson:
                    await OutputFormats.WriteStream(outFile, context, st => TaskingGeoJsonWriter.WriteAsync(list, st, areas, r.Record(), ct));
                    break;
                default:
                    PrintTable(context, list, r.Force, r.Grid, r.Area, r.Loaded, r.Points, r.Harm, r.HarmSource, r.Choices, run,
                        r.AreaOf ?? AnalysisInputs.Finest(areas), AnalysisInputs.AreaLabel(store));
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
            return Core.Time.UkTime.DateOf(context.Time.GetUtcNow()); // the UK day: at 00:30 BST the UTC date is still yesterday
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw new CliException($"--date '{text}' is not a date (yyyy-MM-dd)", ExitCodes.Usage);
    }

    /// <summary>
    /// "1,084: 623 violence and sexual offences, 31 robbery, 246 public order, +11 types": the categories behind the score,
    /// most harm first as everywhere else (a place's shoplifting may outnumber its violence, but the violence is why it is listed).
    /// </summary>
    internal static string ShortCategories(TaskingPlace place)
    {
        IReadOnlyList<CategoryTally> top = place.ByCategory;
        if (top.Count == 0)
        {
            return place.Crimes.ToString("N0", CultureInfo.InvariantCulture); // a place an analyst added, with no crimes: "0", not "0: "
        }

        string head = string.Join(", ", top.Take(3).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Crimes:N0} {CrimeCategories.Name(c.Category).ToLowerInvariant()}")));
        string more = top.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $", +{top.Count - 3} types") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{place.Crimes:N0}: {head}{more}");
    }

    private static void PrintTable(CliContext context, TaskingList list, string force, GridSpec grid, StoredArea? area, LoadedCrimes loaded,
        CrimePoints points, HarmTable harm, string harmSource, IReadOnlyList<string> choices, long run, Func<CellId, string?>? displayArea,
        Func<string?, string> areaLabel)
    {
        IAnsiConsole console = context.Console;
        string where = area is null ? string.Empty : $", {area.Name ?? area.Code} ({area.Code})";
        console.MarkupLine(Markup.Escape($"Tasking list for {Lantern.Data.Generation.ForceNames.WithSlug(force)}{where}, {list.Options.Date:dddd d MMMM yyyy}: {list.Places.Count} places") + $" [grey](run #{run})[/]");
        if (list.LookBack is { } lb)
        {
            console.WriteLine($"From crimes {lb.First}..{lb.Last}{(list.Previous is { } p ? $", trend against {p.First}..{p.Last}" : string.Empty)}; " +
                $"{list.CrimesUsed:N0} crimes located in {grid.CellSize} m cells; harm in {harm.Unit} ({harm.Name}, {harm.Version}).");
        }

        if (list.Places.Count == 0)
        {
            console.WriteLine(list.CellsWithoutArea > 0 && list.EligibleCells == 0
                ? $"No places to task: none of the {list.CellsWithoutArea:N0} cells with harm lies in an imported area of the list's level " +
                  "(see 'lantern areas list', and import this force's boundaries)."
                : list.CrimesUsed > 0
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
                // The words of the reason and the exports: "steady" read as "not rising" beside a change of +233% that
                // is no clear change only because the counts are small.
                TrendDirection.Rising => place.Trend.ChangePercent is { } up ? $"rising {up:+0;-0}%" : "rising (none before)",
                TrendDirection.Falling => $"falling {place.Trend.ChangePercent:+0;-0}%",
                TrendDirection.NoClearChange => place.Trend.ChangePercent is { } change ? $"no clear change ({change:+0;-0;0}%)" : "no clear change",
                _ => "n/a",
            };
            string plan = place.Plan.VisitTimes.Count > 0
                ? $"{place.Plan.VisitsPerDay} × {place.Plan.VisitMinutes} min at {string.Join(", ", place.Plan.VisitTimes.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)))}"
                : $"{place.Plan.VisitsPerDay} × {place.Plan.VisitMinutes} min";
            string areaText = areaLabel(place.AreaCode ?? displayArea?.Invoke(place.Cell));
            string harmText = HarmFigure.Whole(place.Harm);
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
}
