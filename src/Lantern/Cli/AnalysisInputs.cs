using System.CommandLine;
using System.Security.Cryptography;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;
using Lantern.Data.Formats;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary>
/// The options hot spots and tasking share (force, crime types, harm table, cell size, area, mask) and turning them
/// into what the analytics take, with a record of what was chosen and why.
/// </summary>
internal sealed class AnalysisInputs
{
    private static readonly string[] s_finestFirst = ["lsoa", "msoa", "borough"];

    public Option<string?> Force { get; } = new("--force") { Description = "Force: slug ('gwent') or full name. Default: the only force in the database" };

    public Option<string?> Types { get; } = new("--types")
    {
        Description = "Crime types, comma-separated (names or slugs, e.g. 'violence-and-sexual-offences,robbery'). Default: all",
    };

    public Option<string?> HarmFile { get; } = new("--harm-file") { Description = "Harm weights CSV (docs/harm.md). Default: Cambridge Crime Harm Index by category" };

    public Option<int> CellSize { get; } = new("--cell-size") { Description = "Grid cell size in metres, aligned to the national grid", DefaultValueFactory = _ => 150 };

    public Option<string?> Area { get; } = new("--area") { Description = "Only crimes inside this imported area (code, e.g. E09000033), over the cells its boundary touches" };

    public Option<string?> Mask { get; } = new("--mask") { Description = "GeoJSON of places that cannot be patrolled (water, prisons): cells whose centre is inside are excluded" };

    public void AddTo(Command command)
    {
        command.Options.Add(Force);
        command.Options.Add(Types);
        command.Options.Add(HarmFile);
        command.Options.Add(CellSize);
        command.Options.Add(Area);
        command.Options.Add(Mask);
    }

    /// <summary>The force: as given, or the only one in the store (an automatic choice).</summary>
    public static (string Force, string? Choice) ResolveForce(LanternStore store, string? given)
    {
        string? slug = ForceOption.Resolve(given);
        if (slug is not null)
        {
            return (slug, null);
        }

        IReadOnlyList<string> forces = CrimeQuery.ForceList(store);
        return forces.Count switch
        {
            0 => throw new CliException($"{store.Name} holds no crimes: import data first ('lantern import <path>')."),
            1 => (forces[0], $"the only force in the database is {forces[0]}"),
            _ => throw new CliException($"The database holds several forces ({string.Join(", ", forces)}): choose one with --force.", ExitCodes.Usage),
        };
    }

    public static IReadOnlySet<CrimeCategory>? ParseTypes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var set = new HashSet<CrimeCategory>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!CrimeCategories.TryParseUser(part, out CrimeCategory c))
            {
                throw new CliException($"--types: '{part}' is not a crime type. Known: {string.Join(", ", CrimeCategories.Current.Select(CrimeCategories.Slug))}",
                    ExitCodes.Usage);
            }

            set.Add(c);
        }

        return set;
    }

    /// <summary>
    /// The harm table of a file, or the built-in one: today's default, or the built-in table of <paramref name="builtInVersion"/>
    /// (a recorded result checked again with the table it was made with).
    /// </summary>
    public static (HarmTable Table, string Source) LoadHarm(string? path, string? builtInVersion = null)
    {
        if (path is null)
        {
            return builtInVersion is null
                ? (HarmTable.Default, "built in")
                : (HarmTable.Embedded(builtInVersion) ?? throw new CliException($"The harm table {builtInVersion} is not built into this version of Lantern."), "built in");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"--harm-file {path}: no such file");
        }

        HarmTableParseResult r = HarmTable.Parse(File.ReadAllText(path), path);
        HarmTable table = r.Table ?? throw new CliException(r.Error!); // Parse gives a table or an error
        // The file, and where its weights come from when its '# source:' line says (else Parse gives the file name):
        // the result must name the table's source, not only the file it was read from.
        return (table, table.Source == path ? path : $"{path}: {table.Source}");
    }

    public static GridSpec Grid(int size) =>
        size is >= 10 and <= 5000 ? new GridSpec(size) : throw new CliException("--cell-size must be between 10 and 5,000 metres", ExitCodes.Usage);

    /// <summary>
    /// A grid of <paramref name="size"/> in the force's own projected system, aligned to its origin (British National Grid for
    /// UK forces; Vancouver's cells are 150 m of UTM zone 10N): a force's places are analysed in the metres they are held in.
    /// </summary>
    public static GridSpec Grid(LanternStore store, string force, int size) => new(Grid(size).CellSize, ForceCrs.Of(store, force).Epsg);

    /// <summary>Refuses what needs British National Grid (imported boundaries, masks) on a grid in another system.</summary>
    public static void RequireBng(GridSpec grid, string what)
    {
        if (grid.Epsg != ProjectedCrs.BritishNationalGridCode)
        {
            throw new CliException($"{what} is in British National Grid, and this force's places are held in {grid.Crs}: " +
                "boundaries and masks apply to UK forces only.", ExitCodes.Usage);
        }
    }

    /// <summary>Keeps only crimes inside the named area.</summary>
    public static (CrimePoints Points, StoredArea? Area) FilterToArea(LanternStore store, CrimePoints points, string? code, GridSpec grid)
    {
        if (code is null)
        {
            return (points, null);
        }

        RequireBng(grid, $"--area {code}");
        StoredArea area = FindArea(store, code);
        Func<double, double, bool> inside = AreaStore.Inside(area);
        var builder = new CrimePointsBuilder(points.Count);
        for (int i = 0; i < points.Count; i++)
        {
            if (inside(points.Easting[i], points.Northing[i]))
            {
                long from = points.FromTicks[i], to = points.ToTicks[i];
                builder.Add(points.Easting[i], points.Northing[i], points.Category[i], points.Harm[i], YearMonth.FromIndex(points.MonthIndex[i]),
                    from == 0 ? null : new DateTime(from), to == 0 ? null : new DateTime(to));
            }
        }

        return (builder.Build(), area);
    }

    /// <summary>An imported area by code, or a message saying how to import boundaries.</summary>
    public static StoredArea FindArea(LanternStore store, string code) =>
        AreaStore.Find(store, code)
        ?? throw new CliException($"--area {code}: no such area. Import boundaries with 'lantern areas import' (see 'lantern areas list').");

    /// <summary>
    /// The SHA-256 of a file a result was made with (a mask, a harm table), recorded beside its path: a path alone does not
    /// say whether the file was edited afterwards. Null for no file.
    /// </summary>
    public static string? FileSha256(string? path)
    {
        if (path is null)
        {
            return null;
        }

        using FileStream file = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
    }

    public static async Task<ExclusionMask?> LoadMask(string? path, GridSpec grid, CancellationToken ct)
    {
        if (path is null)
        {
            return null;
        }

        RequireBng(grid, $"--mask {path}");
        if (!File.Exists(path))
        {
            throw new CliException($"--mask {path}: no such file");
        }

        GeoJsonAreaResult r = await new GeoJsonAreaReader().ReadMaskAsync(path, ct);
        if (!r.IsSuccess)
        {
            throw new CliException($"--mask {path}: {string.Join("; ", r.Errors.Select(e => e.ToString()))}");
        }

        return r.ToExclusionMask();
    }

    /// <summary>
    /// Area codes of cells for every imported boundary level, finest first (lsoa, msoa, borough): one source for the
    /// screen's area column, per-area lists and the exports' code columns. A level's index is built the first time it
    /// is asked for (from <paramref name="indexOf"/> when given: the web keeps them between lists), and each cell's answer is
    /// remembered.
    /// </summary>
    public static AreaCodes Areas(LanternStore store, GridSpec grid, Func<string, AreaIndex?>? indexOf = null)
    {
        if (grid.Epsg != ProjectedCrs.BritishNationalGridCode)
        {
            // Boundaries are British: a force held in another system has no area codes (the area column shows "-").
            return new AreaCodes([]);
        }

        var present = AreaStore.Summary(store).Select(s => s.Level).ToHashSet(StringComparer.Ordinal);
        return new AreaCodes([.. s_finestFirst.Where(present.Contains).Select(level => (level, LazyLookup(level, grid, indexOf ?? (l => AreaStore.Index(store, l)))))]);
    }

    /// <summary>The lookup of one level, or a message saying how to import it.</summary>
    public static Func<CellId, string?> Level(AreaCodes areas, string level) =>
        areas.Levels.FirstOrDefault(l => l.Level == level).CodeOf
        ?? throw new CliException($"No {level} boundaries in the database: import them with 'lantern areas import FILE --level {level}'.");

    /// <summary>The finest level's lookup, for showing where a place is; null when no boundaries are imported.</summary>
    public static Func<CellId, string?>? Finest(AreaCodes areas) => areas.Levels.Count > 0 ? areas.Levels[0].CodeOf : null;

    /// <summary>How an area is shown on screen: "Westminster (E09000033)", or the code alone when it has no name.</summary>
    public static Func<string?, string> AreaLabel(LanternStore store) => AreaLabel(AreaStore.Names(store));

    /// <summary>The same, from the areas' names by code.</summary>
    public static Func<string?, string> AreaLabel(IReadOnlyDictionary<string, string?> names) =>
        code => code is null ? "-" : names.GetValueOrDefault(code) is { Length: > 0 } name ? $"{name} ({code})" : code;

    private static Func<CellId, string?> LazyLookup(string level, GridSpec grid, Func<string, AreaIndex?> indexOf)
    {
        AreaIndex? index = null;
        var memo = new Dictionary<CellId, string?>();
        return cell =>
        {
            if (!memo.TryGetValue(cell, out string? code))
            {
                index ??= indexOf(level)!; // only levels present in the store are offered
                code = index.CodeOf(grid.Centre(cell));
                memo[cell] = code;
            }

            return code;
        };
    }

    /// <summary>
    /// The cells an imported area's boundary touches, recorded as the study area chosen (with <paramref name="how"/>, what the
    /// analysis does with them): not its envelope, whose other cells (another borough, the river) would count as places with
    /// no crime.
    /// </summary>
    public static CellSet AreaCells(StoredArea area, GridSpec grid, List<string> choices, string? how = null)
    {
        CellSet cells = CellSet.Touching(area.Geometry, grid);
        choices.Add($"study area: the {cells.Count:N0} cells that {area.Code} touches, of {cells.Extent} around it{(how is null ? "" : $" ({how})")}");
        return cells;
    }

    /// <summary>
    /// The study area: the cells the named area touches (its envelope, and the cells of it that belong), else the robust
    /// box of the crimes (recorded either way).
    /// </summary>
    public static (CellExtent? Extent, CellSet? Cells) StudyArea(CrimePoints points, GridSpec grid, StoredArea? area, List<string> choices)
    {
        if (area is not null)
        {
            CellSet cells = AreaCells(area, grid, choices);
            return (cells.Extent, cells);
        }

        if (StudyAreas.Robust(points, grid) is not { } robust)
        {
            return (null, null);
        }

        choices.Add($"StudyArea = {robust.Choice.Value} ({robust.Choice.Reason})");
        return (robust.Extent, null);
    }

    /// <summary>A default seed that is the same for the same force and day, and different from day to day.</summary>
    public static long DefaultSeed(string force, DateOnly date)
    {
        byte[] hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{force}|{date:yyyy-MM-dd}"));
        return BitConverter.ToInt64(hash, 0) & long.MaxValue;
    }

    public static string SourceSummary(LoadedCrimes loaded) =>
        loaded.SourceByMonth.Count == 0
            ? "no crime data in this period"
            : string.Join(", ", loaded.SourceByMonth.GroupBy(kv => kv.Value)
                .Select(g => $"{CoverageCommand.KindName(g.Key)} {CoverageCommand.Ranges(g.Select(kv => kv.Key).ToList())}"));

    /// <summary>"the data for gwent covers 2024-07..2024-12", to say what there is when a period holds nothing.</summary>
    public static string DataSpan(LanternStore store, string force)
    {
        var months = Coverage.Read(store, force).Series.Where(s => s.Kind is SourceKind.Street or SourceKind.ForceExport).ToList();
        return months.Count == 0
            ? $"there are no crimes for {force} in the database"
            : $"the crime data for {force} covers {months.Min(s => s.First)}..{months.Max(s => s.Last)} (see 'lantern coverage')";
    }
}
