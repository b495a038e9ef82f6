using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary><c>lantern hotspots</c>: harm-weighted hot spots by count, kernel density and Getis-Ord Gi*, and how concentrated harm is.</summary>
internal static class HotspotsCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var inputs = new AnalysisInputs();
        var from = new Option<string?>("--from") { Description = "First month, yyyy-MM (default: 11 months before --to)" };
        var to = new Option<string?>("--to") { Description = "Last month, yyyy-MM (default: the latest month with data)" };
        var method = new Option<string>("--method")
        {
            Description = "count (harm-weighted count per cell), kde (quartic kernel density), gistar (Getis-Ord Gi* with FDR), or all",
            DefaultValueFactory = _ => "all",
        };
        method.AcceptOnlyFromAmong("count", "kde", "gistar", "all");
        var bandwidth = new Option<double?>("--bandwidth") { Description = "Kernel density bandwidth in metres (default: chosen from the data, reported)" };
        var band = new Option<double?>("--band") { Description = "Gi* distance band in metres, centre to centre (default 450)" };
        var top = new Option<int>("--top") { Description = "Cells to list on screen", DefaultValueFactory = _ => 25 };
        var byArea = new Option<string?>("--area-level") { Description = "Report each cell's area at this level: borough, msoa or lsoa (default: the finest imported)" };
        byArea.AcceptOnlyFromAmong(AreaStore.Levels);
        var formats = new OutputFormats();
        var command = new Command("hotspots", "Harm-weighted hot spots on a grid aligned to the national grid, and the concentration of harm")
        {
            from, to, method, bandwidth, band, top, byArea,
        };
        inputs.AddTo(command);
        formats.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (formats.Chosen(parse) == OutputFormat.Table)
            {
                OutputFormats.RefuseOutForTable(parse.GetValue(formats.Out));
            }

            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            (string force, string? forceChoice) = AnalysisInputs.ResolveForce(store, parse.GetValue(inputs.Force));
            (HarmTable harm, string harmSource) = AnalysisInputs.LoadHarm(parse.GetValue(inputs.HarmFile));
            GridSpec grid = AnalysisInputs.Grid(store, force, parse.GetValue(inputs.CellSize));
            IReadOnlySet<CrimeCategory>? types = AnalysisInputs.ParseTypes(parse.GetValue(inputs.Types));
            var choices = new List<string>();
            if (forceChoice is not null)
            {
                choices.Add($"force: {forceChoice}");
            }

            YearMonth last = Month(parse.GetValue(to), "--to") ?? CrimeQuery.LatestMonth(store, force) ?? throw new CliException($"No crimes for {force}.");
            if (parse.GetValue(to) is null)
            {
                choices.Add($"to: {last} (the latest month with data)");
            }

            YearMonth first = Month(parse.GetValue(from), "--from") ?? last.PlusMonths(-11);
            if (parse.GetValue(from) is null)
            {
                choices.Add($"from: {first} (12 months ending --to)");
            }

            if (first > last)
            {
                throw new CliException("--from is after --to", ExitCodes.Usage);
            }

            HotspotMethods methods = parse.GetValue(method) switch
            {
                "count" => HotspotMethods.None,
                "kde" => HotspotMethods.KernelDensity,
                "gistar" => HotspotMethods.GetisOrd,
                _ => HotspotMethods.KernelDensity | HotspotMethods.GetisOrd,
            } | HotspotMethods.Concentration;

            LoadedCrimes loaded = CrimeQuery.Load(store, new CrimeSelection(force, first, last, types), harm);
            (CrimePoints points, StoredArea? area) = AnalysisInputs.FilterToArea(store, loaded.Points, parse.GetValue(inputs.Area), grid);
            CellExtent? studyArea = AnalysisInputs.StudyArea(points, grid, area, choices);
            HotspotOptions options;
            try
            {
                options = new HotspotOptions
                {
                    Grid = grid,
                    StudyArea = studyArea,
                    Methods = methods,
                    FirstMonth = first,
                    LastMonth = last,
                    Categories = types,
                    HarmUnit = harm.Unit,
                    HarmTableVersion = harm.Version,
                    BandwidthMetres = parse.GetValue(bandwidth),
                    GiStarBandMetres = parse.GetValue(band) ?? 450,
                };
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new CliException($"--{(e.ParamName?.Contains("Band", StringComparison.Ordinal) == true ? "band" : "bandwidth")}: {e.Message.Split(Environment.NewLine)[0]}", ExitCodes.Usage);
            }

            HotspotResult result = HotspotAnalysis.Run(points, options);
            ExclusionMask? mask = await AnalysisInputs.LoadMask(parse.GetValue(inputs.Mask), grid, ct);
            AreaCodes areas = AnalysisInputs.Areas(store, grid);
            if (parse.GetValue(byArea) is { } byLevel)
            {
                AnalysisInputs.RequireBng(grid, $"--by-area {byLevel}");
            }

            Func<CellId, string?>? areaOf = parse.GetValue(byArea) is { } level ? AnalysisInputs.Level(areas, level) : AnalysisInputs.Finest(areas);

            string parameters = JsonSerializer.Serialize(new
            {
                force,
                from = first.ToString(),
                to = last.ToString(),
                method = parse.GetValue(method),
                cellSize = grid.CellSize,
                types = types?.Select(CrimeCategories.Slug).Order(StringComparer.Ordinal),
                area = area?.Code,
                bandwidthMetres = result.KernelDensity?.BandwidthMetres,
                giStarBandMetres = result.GiStar?.BandMetres,
                fdrQ = result.GiStar?.FdrQ,
                harmTable = new { harm.Name, harm.Version, harm.Unit, source = harmSource },
            }, JsonOutput.Options);
            string dataInputs = JsonSerializer.Serialize(new
            {
                database = store.Name,
                monthsBySource = AnalysisInputs.SourceSummary(loaded),
                missingMonths = loaded.MissingMonths.Select(m => m.ToString()),
                crimes = points.Count,
                withoutLocation = loaded.WithoutLocation,
            }, JsonOutput.Options);
            string resultJson = JsonSerializer.Serialize(Summary(result, grid, areaOf, mask, choices), JsonOutput.Options);
            long run = AnalysisRun.Record(store, "hotspots", force, Environment.UserName, LanternCli.Version, context.Time.GetUtcNow(),
                parameters, dataInputs, resultJson);

            string? outFile = parse.GetValue(formats.Out);
            switch (formats.Chosen(parse))
            {
                case OutputFormat.Json:
                    await OutputFormats.WriteRunJson(outFile, context, run, parameters, dataInputs, resultJson);
                    break;
                case OutputFormat.Csv:
                    await OutputFormats.WriteText(outFile, context, w => HotspotCsvWriter.WriteAsync(result, w, areas, ct));
                    break;
                case OutputFormat.GeoJson:
                    await OutputFormats.WriteStream(outFile, context, s => HotspotGeoJsonWriter.WriteAsync(result, s, areas, ct));
                    break;
                default:
                    if (result.Counts.TotalCrimes == 0)
                    {
                        await context.Out.WriteLineAsync($"No located crimes for {force} in {first}..{last}{(area is null ? string.Empty : " in " + area.Code)}: " +
                            $"{AnalysisInputs.DataSpan(store, force)}. (Run #{run} records this.)");
                        break;
                    }

                    Print(context, result, force, first, last, grid, area, loaded, areaOf, mask, parse.GetValue(top), choices, run,
                        AnalysisInputs.AreaLabel(store));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static YearMonth? Month(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        return YearMonth.TryParse(text, out YearMonth m) ? m : throw new CliException($"{name} '{text}' is not a month (yyyy-MM)", ExitCodes.Usage);
    }

    private static object Summary(HotspotResult result, GridSpec grid, Func<CellId, string?>? areaOf, ExclusionMask? mask, List<string> choices)
    {
        var geometry = new CellGeometry(grid);
        ConcentrationResult? c = result.Concentration;
        return new
        {
            crimes = result.Counts.TotalCrimes,
            totalHarm = result.Counts.TotalHarm,
            occupiedCells = result.Counts.OccupiedCount,
            studyAreaCells = result.Counts.StudyAreaCells,
            concentration = c is null ? null : new
            {
                points = c.Points,
                occupiedShareHolding50 = c.OccupiedShareHolding50,
                occupiedShareHolding25 = c.OccupiedShareHolding25,
                studyAreaShareHolding50 = c.StudyAreaShareHolding50,
                studyAreaShareHolding25 = c.StudyAreaShareHolding25,
            },
            kernelDensity = result.KernelDensity is { } k ? new { kernel = KernelDensityResult.Kernel, bandwidthMetres = k.BandwidthMetres, automatic = k.BandwidthIsAutomatic, unit = KernelDensityResult.Unit } : null,
            giStar = result.GiStar is { } g ? new { bandMetres = g.BandMetres, fdrQ = g.FdrQ, pValueThreshold = g.PValueThreshold, hotCells = g.HotCells, coldCells = g.ColdCells, method = g.Method.ToString() } : null,
            cells = HotspotRow.From(result).Where(r => r.HarmRank > 0).Take(500).Select(r =>
            {
                (double lon, double lat) = geometry.Centre(r.Cell);
                BngPoint centre = grid.Centre(r.Cell);
                return new
                {
                    rank = r.HarmRank,
                    cell = grid.CellName(r.Cell),
                    easting = centre.Easting,
                    northing = centre.Northing,
                    latitude = Math.Round(lat, 6),
                    longitude = Math.Round(lon, 6),
                    area = areaOf?.Invoke(r.Cell),
                    harm = result.Counts.Harm[r.CountsIndex],
                    crimes = result.Counts.Count[r.CountsIndex],
                    density = r.Density,
                    giZ = r.GiStar?.Z,
                    giAdjustedP = r.GiStar?.AdjustedP,
                    giClass = r.GiClass,
                    masked = mask?.Excludes(grid, r.Cell) ?? false,
                };
            }),
            automaticChoices = choices.Concat(result.AutomaticChoices.Select(a => $"{a.Parameter} = {a.Value} ({a.Reason})")),
            notes = result.Notes,
        };
    }

    private static void Print(CliContext context, HotspotResult result, string force, YearMonth first, YearMonth last, GridSpec grid, StoredArea? area,
        LoadedCrimes loaded, Func<CellId, string?>? areaOf, ExclusionMask? mask, int top, List<string> choices, long run,
        Func<string?, string> areaLabel)
    {
        IAnsiConsole console = context.Console;
        string where = area is null ? string.Empty : $", {area.Name ?? area.Code} ({area.Code})";
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Hot spots for {force}{where}, {first}..{last}: {result.Counts.TotalCrimes:N0} crimes, harm {result.Counts.TotalHarm:N0} {result.Options.HarmUnit}, " +
            $"{result.Counts.OccupiedCount:N0} occupied {grid.CellSize} m cells")) + $" [grey](run #{run})[/]");
        if (result.Concentration is { } c)
        {
            string shares = string.Join("; ", c.Points.Select(p => string.Create(CultureInfo.InvariantCulture,
                $"top {p.TopFraction:P0} of cells: {p.ShareOfOccupied:P1} of harm")));
            console.WriteLine($"Concentration (of occupied cells): {shares}.");
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Half of all harm is in {c.OccupiedShareHolding50:P1} of occupied cells ({c.StudyAreaShareHolding50:P2} of the study area's {c.StudyAreaCells:N0} cells); a quarter in {c.OccupiedShareHolding25:P1}."));
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "Cell", "Lat, lon", "Area", "Harm", "Crimes", "Density", "Gi* z", "FDR q", "");
        foreach (HotspotRow r in HotspotRow.From(result).Where(r => r.HarmRank > 0).Take(top))
        {
            (double lon, double lat) = new CellGeometry(grid).Centre(r.Cell);
            bool masked = mask?.Excludes(grid, r.Cell) ?? false;
            table.AddRow(
                r.HarmRank.ToString(CultureInfo.InvariantCulture),
                grid.CellName(r.Cell),
                string.Create(CultureInfo.InvariantCulture, $"{lat:F5}, {lon:F5}"),
                Markup.Escape(areaLabel(areaOf?.Invoke(r.Cell))),
                result.Counts.Harm[r.CountsIndex].ToString("N0", CultureInfo.InvariantCulture),
                result.Counts.Count[r.CountsIndex].ToString("N0", CultureInfo.InvariantCulture),
                r.Density?.ToString("N0", CultureInfo.InvariantCulture) ?? "-",
                r.GiStar?.Z.ToString("F2", CultureInfo.InvariantCulture) ?? "-",
                r.GiStar is { } q ? (q.AdjustedP > 0 ? q.AdjustedP.ToString("G3", CultureInfo.InvariantCulture) : "<1e-300") : "-",
                (r.GiClass == "hot" ? "hot spot" : r.GiClass == "cold" ? "cold spot" : string.Empty) + (masked ? " (masked)" : string.Empty));
        }

        console.Write(table);
        if (result.KernelDensity is { } k)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Kernel density: {KernelDensityResult.Kernel}, bandwidth {k.BandwidthMetres:N0} m{(k.BandwidthIsAutomatic ? " (automatic)" : string.Empty)}, in {KernelDensityResult.Unit}."));
        }

        if (result.GiStar is { } g)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Gi*: fixed band {g.BandMetres:N0} m, {g.HotCells:N0} hot and {g.ColdCells:N0} cold cells significant at FDR q = {g.FdrQ} (Benjamini-Hochberg; p ≤ {g.PValueThreshold:G3})."));
        }

        console.WriteLine($"Data: {AnalysisInputs.SourceSummary(loaded)}" +
            (loaded.MissingMonths.Count > 0 ? $"; missing months (not zero): {CoverageCommand.Ranges(loaded.MissingMonths)}" : string.Empty) +
            $"; {loaded.WithoutLocation:N0} crimes without a location left out; Lantern {LanternCli.Version}.");
        foreach (string choice in choices.Concat(result.AutomaticChoices.Select(a => $"{a.Parameter} = {a.Value} ({a.Reason})")))
        {
            console.WriteLine($"Automatic choice: {choice}");
        }

        foreach (string note in result.Notes)
        {
            console.WriteLine($"Note: {note}");
        }
    }
}
