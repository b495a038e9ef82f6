namespace Lantern.Data.Generation;

/// <summary>
/// Nearest of a fixed set of points, by a uniform bucket grid searched in growing rings: exact, and fast for the
/// few thousand snap points and LSOA centres of a synthetic town. Immutable; thread safe.
/// </summary>
internal sealed class NearestPointIndex
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double _minX;
    private readonly double _minY;
    private readonly double _size;
    private readonly int _columns;
    private readonly int _rows;
    private readonly int[] _start;
    private readonly int[] _items;

    /// <summary>Builds the index.</summary>
    /// <param name="x">Eastings.</param>
    /// <param name="y">Northings.</param>
    /// <param name="bucketSize">Bucket side, metres.</param>
    public NearestPointIndex(double[] x, double[] y, double bucketSize)
    {
        System.Diagnostics.Debug.Assert(x.Length == y.Length && x.Length > 0, "At least one point.");
        _x = x;
        _y = y;
        _size = bucketSize;
        _minX = x.Min();
        _minY = y.Min();
        _columns = (int)((x.Max() - _minX) / bucketSize) + 1;
        _rows = (int)((y.Max() - _minY) / bucketSize) + 1;
        int[] counts = new int[(_columns * _rows) + 1];
        for (int i = 0; i < x.Length; i++)
        {
            counts[Bucket(i) + 1]++;
        }

        for (int b = 1; b < counts.Length; b++)
        {
            counts[b] += counts[b - 1];
        }

        _start = counts;
        _items = new int[x.Length];
        int[] fill = (int[])counts.Clone();
        for (int i = 0; i < x.Length; i++)
        {
            _items[fill[Bucket(i)]++] = i;
        }
    }

    /// <summary>The index of the point nearest (x, y); ties go to the lower index.</summary>
    /// <param name="x">Easting.</param>
    /// <param name="y">Northing.</param>
    /// <returns>The point's index.</returns>
    public int Nearest(double x, double y)
    {
        int cx = Math.Clamp((int)Math.Floor((x - _minX) / _size), 0, _columns - 1);
        int cy = Math.Clamp((int)Math.Floor((y - _minY) / _size), 0, _rows - 1);
        int best = -1;
        double bestD2 = double.PositiveInfinity;
        int maxRing = Math.Max(_columns, _rows);
        for (int ring = 0; ring <= maxRing; ring++)
        {
            for (int row = cy - ring; row <= cy + ring; row++)
            {
                if (row < 0 || row >= _rows)
                {
                    continue;
                }

                bool edgeRow = row == cy - ring || row == cy + ring;
                int step = edgeRow ? 1 : Math.Max(1, 2 * ring);
                for (int col = cx - ring; col <= cx + ring; col += step)
                {
                    if (col < 0 || col >= _columns)
                    {
                        continue;
                    }

                    int bucket = (row * _columns) + col;
                    for (int k = _start[bucket]; k < _start[bucket + 1]; k++)
                    {
                        int i = _items[k];
                        double dx = _x[i] - x;
                        double dy = _y[i] - y;
                        double d2 = (dx * dx) + (dy * dy);
                        if (d2 < bestD2 || (d2 == bestD2 && i < best))
                        {
                            bestD2 = d2;
                            best = i;
                        }
                    }
                }
            }

            // Points in rings further out are at least ring × size away from any query point in this bucket
            // (the query was clamped into the grid, so this holds for it as well as for points inside).
            double reach = ring * _size;
            if (best >= 0 && bestD2 <= reach * reach)
            {
                break;
            }
        }

        return best;
    }

    private int Bucket(int i) =>
        ((int)((_y[i] - _minY) / _size) * _columns) + (int)((_x[i] - _minX) / _size);
}
