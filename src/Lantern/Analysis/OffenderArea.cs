using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Forces;
using Lantern.Core.Offenders;
using Lantern.Data.Formats.Population;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// Finds the census residents a fairness report compares a list's ethnicity with (docs/offenders.md): the area asked
/// for (a force, or a borough by code or name), else the area a run was scored with, else the force whose crimes the
/// store holds when the census has it; with the same denominators stop and search uses (<see cref="PopulationQuery"/>:
/// the area's own row or the sum of its parts, the newest census that has them). When there is none, says why and how
/// to import one.
/// </summary>
internal static class OffenderArea
{
    /// <summary>What <c>--area</c> takes to turn the area benchmark off.</summary>
    public const string None = "none";

    public const string ImportHint = "import census residents with 'lantern population import' (e.g. census2021-ts021-msoa.csv with the MSOA to borough " +
        "and borough to force lookups, or census2011-ethnic-group-by-police-force.csv; docs/stop-search.md)";

    /// <summary>The benchmark and a note saying which was used or why there is none.</summary>
    public sealed record Resolved(CensusBenchmark? Benchmark, string Note, string? Level, string? Code);

    /// <param name="store">The store.</param>
    /// <param name="area">The area asked for: a force slug or name, a borough code or name, or "none"; null for the default.</param>
    /// <param name="recorded">The area a run was scored with ("force:slug", "borough:code", or "none"), the default before the store's force.</param>
    public static Resolved Resolve(LanternStore store, string? area, string? recorded = null)
    {
        if (area?.Trim() is { Length: > 0 } given)
        {
            if (given.Equals(None, StringComparison.OrdinalIgnoreCase))
            {
                return new Resolved(null, "No area benchmark (--area none).", None, null);
            }

            (string level, string code) = Parse(store, given)
                ?? throw new CliException($"--area '{given}' is neither a force nor a borough with census residents in {store.Name}: " +
                    $"see 'lantern population list', or {ImportHint}", ExitCodes.Usage);
            return Find(store, level, code, "asked for") ?? throw new CliException(
                $"--area '{given}': no census residents for {level} {code}: {string.Join("; ", Reasons(store, level, code))}; {ImportHint}");
        }

        if (recorded == None)
        {
            // Scored without one on purpose: its later views say the same unless asked for an area.
            return new Resolved(null, "No area benchmark: the run was scored with --area none (give --area to compare with one).", None, null);
        }

        if (recorded?.Split(':', 2) is [var l, var c] && Find(store, l, c, "the area the run was scored with") is { } again)
        {
            return again;
        }

        IReadOnlyList<string> held = PopulationQuery.Forces(store);
        if (held.Count == 0 && PopulationQuery.Boroughs(store).Count == 0)
        {
            return new Resolved(null, $"No area benchmark: no census population is imported; {ImportHint}.", null, null);
        }

        var crimes = CrimeQuery.ForceList(store).Where(held.Contains).ToList();
        string? force = crimes.Count == 1 ? crimes[0] : held.Count == 1 ? held[0] : null;
        if (force is null)
        {
            string some = string.Join(", ", held.Take(6)) + (held.Count > 6 ? $" and {held.Count - 6} more: 'lantern population list'" : string.Empty);
            return new Resolved(null, $"No area benchmark: choose the area whose residents to compare with (--area FORCE or BOROUGH; forces held: {some}).", null, null);
        }

        return Find(store, "force", force, crimes.Count == 1 ? "the force whose crimes the store holds" : "the only force with census residents")
            ?? new Resolved(null, $"No area benchmark: no census residents for force {force}: {string.Join("; ", Reasons(store, "force", force))}.", null, null);
    }

    /// <summary>The benchmark as recorded with a run: the area, table, method and counts; <c>{"level": "none"}</c> when none was asked for.</summary>
    public static object? Record(Resolved r) => r.Benchmark is not { } b ? (r.Level == None ? new { level = None } : null) : new
    {
        level = r.Level,
        code = r.Code,
        table = b.Table,
        area = b.Area,
        method = b.Method,
        residents = new { white = b.Residents.White, black = b.Residents.Black, asian = b.Residents.Asian, mixed = b.Residents.Mixed, other = b.Residents.Other },
    };

    /// <summary>The area a run was scored with, from its recorded inputs ("force:slug", or "none" when it was asked to use none), or null.</summary>
    public static string? RecordedArea(string? inputs)
    {
        if (inputs is null)
        {
            return null;
        }

        using JsonDocument doc = JsonDocument.Parse(inputs);
        if (!doc.RootElement.TryGetProperty("areaBenchmark", out JsonElement a) || a.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? level = a.GetProperty("level").GetString();
        return level == None ? None : $"{level}:{a.GetProperty("code").GetString()}";
    }

    private static (string Level, string Code)? Parse(LanternStore store, string given)
    {
        if (PoliceForces.Find(given)?.Slug is { } slug)
        {
            return ("force", slug);
        }

        if (PopulationQuery.Forces(store).FirstOrDefault(f => f.Equals(given, StringComparison.OrdinalIgnoreCase)) is { } held)
        {
            return ("force", held);
        }

        foreach ((string code, string? name) in PopulationQuery.Boroughs(store))
        {
            if (code.Equals(given, StringComparison.OrdinalIgnoreCase) || (name is not null && name.Equals(given, StringComparison.OrdinalIgnoreCase)))
            {
                return ("borough", code);
            }
        }

        return null;
    }

    private static Resolved? Find(LanternStore store, string level, string code, string why)
    {
        if (PopulationQuery.Find(store, level, code, null).Residents is not { } r)
        {
            return null;
        }

        string table = r.Census == PopulationFileReader.Census2021 ? "Census 2021 TS021 (ethnic group)" : "Census 2011 ethnic group";
        string name = level == "force" ? PoliceForces.Find(code)?.Name ?? code : r.Name ?? code;
        string area = level == "force" ? $"{name} (force {code})" : $"{name} (borough {code})";
        var benchmark = new CensusBenchmark(table, area, r.Method, r.Groups);
        return new Resolved(benchmark, $"Area benchmark: {benchmark.Source}; {why}.", level, code);
    }

    private static IReadOnlyList<string> Reasons(LanternStore store, string level, string code) => PopulationQuery.Find(store, level, code, null).Reasons;
}
