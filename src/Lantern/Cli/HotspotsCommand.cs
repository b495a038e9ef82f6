using System.CommandLine;
using System.Globalization;
using Lantern.Analysis;
using Lantern.Core.Geography;
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

            if (parse.GetValue(top) < 1)
            {
                throw new CliException("--top must be at least 1 (the cells listed on screen; --csv and --geojson list every cell)", ExitCodes.Usage);
            }

            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            HotspotsRunResult r = await HotspotsRun.ComputeAsync(store, new HotspotsRequest
            {
                Force = parse.GetValue(inputs.Force),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Method = parse.GetRequiredValue(method),
                BandwidthMetres = parse.GetValue(bandwidth),
                BandMetres = parse.GetValue(band),
                AreaLevel = parse.GetValue(byArea),
                CellSize = parse.GetValue(inputs.CellSize),
                Types = parse.GetValue(inputs.Types),
                Area = parse.GetValue(inputs.Area),
                MaskFile = parse.GetValue(inputs.Mask),
                HarmFile = parse.GetValue(inputs.HarmFile),
                By = Environment.UserName,
            }, context.Time, ct);
            (HotspotResult result, string force, YearMonth first, YearMonth last, long run) = (r.Result, r.Force, r.First, r.Last, r.RunId);
            (string parameters, string dataInputs, string resultJson) = (r.ParametersJson, r.InputsJson, r.ResultJson);

            string? outFile = parse.GetValue(formats.Out);
            switch (formats.Chosen(parse))
            {
                case OutputFormat.Json:
                    await OutputFormats.WriteRunJson(outFile, context, run, parameters, dataInputs, resultJson);
                    break;
                case OutputFormat.Csv:
                    await OutputFormats.WriteText(outFile, context, w => HotspotCsvWriter.WriteAsync(result, w, r.Areas, run, ct));
                    break;
                case OutputFormat.GeoJson:
                    await OutputFormats.WriteStream(outFile, context, s => HotspotGeoJsonWriter.WriteAsync(result, s, r.Areas,
                        new ExportRecord(force, run, AnalysisInputs.SourceSummary(r.Loaded), r.Choices, r.Area?.Code), ct));
                    break;
                default:
                    if (result.Counts.TotalCrimes == 0)
                    {
                        await context.Out.WriteLineAsync($"No located crimes for {force} in {first}..{last}{(r.Area is null ? string.Empty : " in " + r.Area.Code)}: " +
                            $"{AnalysisInputs.DataSpan(store, force)}. (Run #{run} records this.)");
                        break;
                    }

                    Print(context, result, force, first, last, r.Grid, r.Area, r.Loaded, r.AreaOf, r.Mask, parse.GetValue(top), r.Choices, run,
                        AnalysisInputs.AreaLabel(store));
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

    internal static YearMonth? Month(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        return YearMonth.TryParse(text, out YearMonth m) ? m : throw new CliException($"{name} '{text}' is not a month (yyyy-MM)", ExitCodes.Usage);
    }

    // An FDR q as people write one: 0.0346, 1.43e-17 (G3 alone gives 1.43E-17 in the same column), <1e-300 below a double.
    private static string Q(double q) =>
        q >= 1e-4 ? q.ToString("G3", CultureInfo.InvariantCulture)
        : q > 0 ? q.ToString("0.##e+0", CultureInfo.InvariantCulture)
        : "<1e-300";

    private static void Print(CliContext context, HotspotResult result, string force, YearMonth first, YearMonth last, GridSpec grid, StoredArea? area,
        LoadedCrimes loaded, Func<CellId, string?>? areaOf, ExclusionMask? mask, int top, List<string> choices, long run,
        Func<string?, string> areaLabel)
    {
        IAnsiConsole console = context.Console;
        string where = area is null ? string.Empty : $", {area.Name ?? area.Code} ({area.Code})";
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Hot spots for {Lantern.Data.Generation.ForceNames.WithSlug(force)}{where}, {first}..{last}: {result.Counts.TotalCrimes:N0} crimes, harm {result.Counts.TotalHarm:N0} {result.Options.HarmUnit}, " +
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
                r.GiStar is { } q ? Q(q.AdjustedP) : "-",
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
            string threshold = g.PValueThreshold >= 0 // -1 when no cell is significant
                ? string.Create(CultureInfo.InvariantCulture, $"p ≤ {g.PValueThreshold:G3}")
                : "no p-value small enough";
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Gi*: fixed band {g.BandMetres:N0} m, {g.HotCells:N0} hot and {g.ColdCells:N0} cold cells significant at FDR q = {g.FdrQ} (Benjamini-Hochberg; {threshold})."));
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
