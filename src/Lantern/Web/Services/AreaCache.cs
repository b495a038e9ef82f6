using Lantern.Core.Geography;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// The imported boundaries as tasking lists use them: each level's point-in-area index and the areas' names, read from
/// the store once per version of the boundaries instead of once per list. Building a level's index parses and prepares
/// every polygon of it (a force's LSOAs: hundreds of milliseconds); a list then looks up only its few places.
/// </summary>
/// <remarks>
/// Only the current version is kept: importing or redrawing boundaries changes <see cref="StoreVersion.Areas"/> or
/// <see cref="StoreVersion.AreasChangedAt"/>, and the next list reads again. <see cref="AreaIndex"/> answers queries
/// without changing itself, so one index serves concurrent requests. Thread safe.
/// </remarks>
internal sealed class AreaCache
{
    private readonly Lock _lock = new();
    private (long Count, string ChangedAt) _version = (-1, "");
    private Dictionary<string, AreaIndex?> _indexes = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string?>? _names;

    /// <summary>The index of <paramref name="level"/> for the store's boundaries as <paramref name="version"/> describes them.</summary>
    public AreaIndex? Index(LanternStore store, StoreVersion version, string level)
    {
        lock (_lock)
        {
            Keep(version);
            if (!_indexes.TryGetValue(level, out AreaIndex? index))
            {
                index = AreaStore.Index(store, level);
                _indexes[level] = index;
            }

            return index;
        }
    }

    /// <summary>
    /// The imported boundary levels, coarsest first, that hold any of <paramref name="points"/> (every imported level when
    /// null): a map's base layer and the "per area" choices for a force or a publication, not the store's coarsest level
    /// wherever it lies (London's boroughs are no base layer for a force elsewhere).
    /// </summary>
    public IReadOnlyList<string> LevelsHolding(LanternStore store, StoreVersion version, IReadOnlyList<BngPoint>? points) =>
        [.. AreaStore.Levels.Where(level => Index(store, version, level) is { } index && (points is null || points.Any(index.Covers)))];

    /// <summary>Every area's name by code (<see cref="AreaStore.Names"/>) for the boundaries as <paramref name="version"/> describes them.</summary>
    public IReadOnlyDictionary<string, string?> Names(LanternStore store, StoreVersion version)
    {
        lock (_lock)
        {
            Keep(version);
            return _names ??= AreaStore.Names(store);
        }
    }

    private void Keep(StoreVersion version)
    {
        if (_version != (version.Areas, version.AreasChangedAt))
        {
            _version = (version.Areas, version.AreasChangedAt);
            _indexes = new Dictionary<string, AreaIndex?>(StringComparer.Ordinal);
            _names = null;
        }
    }
}
