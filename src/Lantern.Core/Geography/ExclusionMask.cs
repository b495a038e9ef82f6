using NetTopologySuite.Geometries;

namespace Lantern.Core.Geography;

/// <summary>
/// Places that cannot be patrolled (prisons, water, airside, private estates) as polygons: a grid cell is excluded
/// when its centre lies inside, or on the edge of, any mask polygon (DOMAIN.md §2).
/// </summary>
/// <remarks>
/// The cell-centre rule is the usual one for hot-spot grids: a cell mostly under a reservoir goes, a cell that
/// only clips its bank stays. Immutable and thread safe once built.
/// </remarks>
public sealed class ExclusionMask
{
    private readonly AreaIndex _index;

    /// <summary>Builds a mask.</summary>
    /// <param name="polygons">Non-empty polygons or multipolygons in BNG metres; may be empty (nothing excluded).</param>
    /// <exception cref="ArgumentNullException"><paramref name="polygons"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A geometry is not a non-empty area.</exception>
    public ExclusionMask(IEnumerable<Geometry> polygons)
    {
        ArgumentNullException.ThrowIfNull(polygons);
        var areas = new List<(string, Geometry)>();
        foreach (Geometry polygon in polygons)
        {
            areas.Add(($"mask-{areas.Count + 1}", polygon));
        }

        _index = new AreaIndex(areas);
    }

    /// <summary>A mask that excludes nothing.</summary>
    public static ExclusionMask None { get; } = new([]);

    /// <summary>Number of mask polygons.</summary>
    public int PolygonCount => _index.Count;

    /// <summary>Whether a point lies in a mask polygon (its edge included).</summary>
    /// <param name="point">A BNG point, metres.</param>
    /// <returns>True when masked.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is NaN or infinite.</exception>
    public bool Excludes(BngPoint point) => _index.Covers(point);

    /// <summary>Whether a grid cell is excluded: its centre lies in a mask polygon.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="cell">The cell.</param>
    /// <returns>True when the cell is excluded.</returns>
    public bool Excludes(GridSpec grid, CellId cell) => _index.Covers(grid.Centre(cell));
}
