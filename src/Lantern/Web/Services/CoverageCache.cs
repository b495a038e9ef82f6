using Lantern.Data.Formats;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// The store's coverage (<see cref="Coverage"/>), read once per version of the imported data: counting every stored
/// row takes seconds on a store of millions (docs/BENCHMARKS.md, "Coverage"), and it changes only when a file is
/// imported: it is kept for the imports' version (<see cref="StoreVersion.Imports"/>; rows are never deleted but by an
/// import), so an import from the command line is seen at the next request, if <see cref="CrimeWarmup"/> has not read it
/// first. Thread safe: one read
/// at a time, and a request that needs the coverage being read waits for it rather than reading it again.
/// </summary>
internal sealed class CoverageCache
{
    private readonly Lock _lock = new();
    private (long Imports, Coverage Coverage)? _kept;

    /// <summary>The coverage of every force, or of <paramref name="force"/> (a slug) alone.</summary>
    public Coverage Read(LanternStore store, string? force = null)
    {
        // The version is read before the rows: rows newer than it (an import committing in between) are read again next time.
        long imports = StoreVersion.Read(store).Imports;
        Coverage all;
        lock (_lock)
        {
            if (_kept is not { } kept || kept.Imports != imports)
            {
                _kept = kept = (imports, Coverage.Read(store));
            }

            all = kept.Coverage;
        }

        return force is null ? all : new Coverage([.. all.Series.Where(s => s.Force == force)]);
    }

    /// <summary>
    /// The forces with crimes, most crimes first (the pages' force lists, whose first is their default), ties by slug.
    /// One force needs no count; several are ordered by the kept coverage rather than by counting every crime again.
    /// </summary>
    public IReadOnlyList<string> CrimeForces(LanternStore store) =>
        MostFirst(store, CrimeQuery.ForceList(store), SourceKind.Street, SourceKind.ForceExport);

    /// <summary>The forces with stop-and-search data, most searches first, ties by slug, as <see cref="CrimeForces"/>.</summary>
    public IReadOnlyList<string> SearchForces(LanternStore store) => MostFirst(store, StopSearchQuery.ForceList(store), SourceKind.StopAndSearch);

    private IReadOnlyList<string> MostFirst(LanternStore store, IReadOnlyList<string> forces, params SourceKind[] kinds)
    {
        if (forces.Count <= 1)
        {
            return forces;
        }

        Dictionary<string, long> rows = Read(store).Series.Where(s => kinds.Contains(s.Kind))
            .GroupBy(s => s.Force).ToDictionary(g => g.Key, g => g.Sum(s => s.Rows), StringComparer.Ordinal);
        return [.. forces.OrderByDescending(f => rows.GetValueOrDefault(f)).ThenBy(f => f, StringComparer.Ordinal)];
    }
}
