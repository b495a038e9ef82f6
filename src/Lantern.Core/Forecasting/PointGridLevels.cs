namespace Lantern.Core.Forecasting;

/// <summary>
/// The same points in bucket grids of doubling sizes, so each search can use buckets the size of its own radius: a few
/// buckets of a few points each, in a tight cluster and on sparse ground alike (one bucket size suits only one density).
/// </summary>
internal sealed class PointGridLevels
{
    private readonly PointGrid[] _levels;

    /// <param name="x">Eastings.</param>
    /// <param name="y">Northings.</param>
    /// <param name="smallest">The smallest bucket side, metres.</param>
    /// <param name="largest">A bucket side at least this large is among the levels.</param>
    public PointGridLevels(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double smallest, double largest)
    {
        var levels = new List<PointGrid>();
        for (double size = smallest; ; size *= 2)
        {
            var grid = new PointGrid(x, y, size);
            levels.Add(grid);
            if (grid.Size >= largest || (grid.Columns == 1 && grid.Rows == 1))
            {
                break;
            }
        }

        _levels = [.. levels];
    }

    /// <summary>The points in the bucket order of the grid with buckets about <paramref name="size"/> wide: a loop over
    /// points in this order visits neighbours one after another, so the buckets it searches around each are still in the
    /// cache from the last (in the points' own order, often a time order, each search lands somewhere new).</summary>
    public ReadOnlySpan<int> NearbyOrder(double size) => For(size).Order;

    /// <summary>Number of levels.</summary>
    public int Count => _levels.Length;

    /// <summary>A level's grid.</summary>
    public PointGrid this[int level] => _levels[level];

    /// <summary>The grid whose buckets are the largest not above <paramref name="size"/> (the smallest grid when all are).</summary>
    public PointGrid For(double size) => _levels[LevelFor(size)];

    /// <summary>The level of <see cref="For"/>.</summary>
    public int LevelFor(double size)
    {
        int chosen = 0;
        for (int level = 1; level < _levels.Length && _levels[level].Size <= size; level++)
        {
            chosen = level;
        }

        return chosen;
    }
}
