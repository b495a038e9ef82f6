using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Finds hot spots from the store (docs/hotspots.md): resolves the request, runs the count, kernel density, Gi* and
/// concentration, and records the run with everything its result depends on (the mask and the level areas are reported
/// at included). Bad input throws <see cref="CliException"/> with a message for the user.
/// </summary>
internal static class HotspotsRun
{
    public const string Kind = "hotspots";

    /// <summary>The Gi* distance band when none is asked for.</summary>
    public const double DefaultBandMetres = 450;

    public static async Task<HotspotsRunResult> ComputeAsync(LanternStore store, HotspotsRequest request, TimeProvider time, CancellationToken ct)
    {
        (string force, string? forceChoice) = AnalysisInputs.ResolveForce(store, request.Force);
        (HarmTable harm, string harmSource) = AnalysisInputs.LoadHarm(request.HarmFile, request.HarmVersion);
        GridSpec grid = AnalysisInputs.Grid(store, force, request.CellSize);
        IReadOnlySet<CrimeCategory>? types = AnalysisInputs.ParseTypes(request.Types);
        var choices = new List<string>();
        if (forceChoice is not null)
        {
            choices.Add($"force: {forceChoice}");
        }

        YearMonth last = HotspotsCommand.Month(request.To, "--to") ?? CrimeQuery.LatestMonth(store, force) ?? throw new CliException($"No crimes for {force}.");
        if (request.To is null)
        {
            choices.Add($"to: {last} (the latest month with data)");
        }

        YearMonth first = HotspotsCommand.Month(request.From, "--from") ?? last.PlusMonths(-11);
        if (request.From is null)
        {
            choices.Add($"from: {first} (12 months ending --to)");
        }

        if (first > last)
        {
            throw new CliException("--from is after --to", ExitCodes.Usage);
        }

        HotspotMethods methods = request.Method switch
        {
            "count" => HotspotMethods.None,
            "kde" => HotspotMethods.KernelDensity,
            "gistar" => HotspotMethods.GetisOrd,
            "all" => HotspotMethods.KernelDensity | HotspotMethods.GetisOrd,
            _ => throw new CliException($"--method must be count, kde, gistar or all, not '{request.Method}'", ExitCodes.Usage),
        } | HotspotMethods.Concentration;

        LoadedCrimes loaded = CrimeQuery.Load(store, new CrimeSelection(force, first, last, types), harm);
        (CrimePoints points, StoredArea? area) = AnalysisInputs.FilterToArea(store, loaded.Points, request.Area, grid);
        (CellExtent? studyArea, CellSet? studyCells) = AnalysisInputs.StudyArea(points, grid, area, choices);
        HotspotOptions options;
        try
        {
            options = new HotspotOptions
            {
                Grid = grid,
                StudyArea = studyArea,
                StudyCells = studyCells,
                Methods = methods,
                FirstMonth = first,
                LastMonth = last,
                Categories = types,
                HarmUnit = harm.Unit,
                HarmTableVersion = harm.Version,
                BandwidthMetres = request.BandwidthMetres,
                GiStarBandMetres = request.BandMetres ?? DefaultBandMetres,
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The option the user typed, and the check's own sentence without .NET's "(Parameter '...')" and actual value.
            string option = e.ParamName == "giStarBandMetres" ? "--band" : "--bandwidth"; // OptionChecks.GiStarBand's parameter
            string sentence = e.Message.Split(Environment.NewLine)[0].Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
            throw new CliException($"{option}: {sentence}", ExitCodes.Usage);
        }

        HotspotResult result = HotspotAnalysis.Run(points, options);
        ExclusionMask? mask = await AnalysisInputs.LoadMask(request.MaskFile, grid, ct);
        AreaCodes areas = AnalysisInputs.Areas(store, grid);
        if (request.AreaLevel is { } byLevel)
        {
            AnalysisInputs.RequireBng(grid, $"--area-level {byLevel}");
        }

        Func<CellId, string?>? areaOf = request.AreaLevel is { } level ? AnalysisInputs.Level(areas, level) : AnalysisInputs.Finest(areas);

        string parameters = JsonSerializer.Serialize(new
        {
            force,
            from = first.ToString(),
            to = last.ToString(),
            method = request.Method,
            cellSize = grid.CellSize,
            types = types?.Select(CrimeCategories.Slug).Order(StringComparer.Ordinal),
            area = area?.Code,
            bandwidthMetres = result.KernelDensity?.BandwidthMetres,
            giStarBandMetres = result.GiStar?.BandMetres,
            fdrQ = result.GiStar?.FdrQ,
            harmTable = new { harm.Name, harm.Version, harm.Unit, source = harmSource, sha256 = AnalysisInputs.FileSha256(request.HarmFile) },
            mask = request.MaskFile,
            maskSha256 = AnalysisInputs.FileSha256(request.MaskFile),
            areaLevel = request.AreaLevel,
        }, JsonOutput.Options);
        string dataInputs = JsonSerializer.Serialize(new
        {
            database = store.Name,
            monthsBySource = AnalysisInputs.SourceSummary(loaded),
            missingMonths = loaded.MissingMonths.Select(m => m.ToString()),
            crimes = points.Count,
            withoutLocation = loaded.WithoutLocation,
        }, JsonOutput.Options);
        string resultJson = JsonSerializer.Serialize(ToJson(result, grid, areaOf, mask, choices), JsonOutput.Options);
        long run = request.Record
            ? AnalysisRun.Record(store, Kind, force, request.By, LanternCli.Version, time.GetUtcNow(), parameters, dataInputs, resultJson)
            : 0;
        return new HotspotsRunResult(result, force, first, last, grid, area, loaded, areas, areaOf, mask, choices, run, parameters, dataInputs, resultJson);
    }

    private static object ToJson(HotspotResult result, GridSpec grid, Func<CellId, string?>? areaOf, ExclusionMask? mask, List<string> choices)
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
}
