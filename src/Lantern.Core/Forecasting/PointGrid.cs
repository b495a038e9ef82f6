namespace Lantern.Core.Forecasting;

/// <summary>
/// A bucket grid over points for neighbour searches: points sorted by bucket (row-major), with each bucket's start, so a
/// search visits only the buckets a disc overlaps. Built once, read by many; immutable after construction.
/// </summary>
internal sealed class PointGrid
{
    /// <summary>Most buckets held; the bucket side grows for very spread-out points.</summary>
    private const int MaxBuckets = 1 << 22;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly int[] _order;
    private readonly double[] _sortedX;
    private readonly double[] _sortedY;
    private readonly int[] _start;
    private readonly double _minX;
    private readonly double _minY;

    /// <summary>Indexes the points (copied).</summary>
    /// <param name="x">Eastings, metres.</param>
    /// <param name="y">Northings, metres.</param>
    /// <param name="bucketSize">Bucket side, metres; widened when the points span more than <see cref="MaxBuckets"/> buckets.</param>
    public PointGrid(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double bucketSize)
    {
        int n = x.Length;
        _x = x.ToArray();
        _y = y.ToArray();
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            minX = Math.Min(minX, x[i]);
            maxX = Math.Max(maxX, x[i]);
            minY = Math.Min(minY, y[i]);
            maxY = Math.Max(maxY, y[i]);
        }

        if (n == 0)
        {
            minX = minY = maxX = maxY = 0;
        }

        double size = Math.Max(bucketSize, 1e-6);
        while (((Math.Floor((maxX - minX) / size) + 1) * (Math.Floor((maxY - minY) / size) + 1)) > MaxBuckets)
        {
            size *= 2;
        }

        Size = size;
        _minX = minX;
        _minY = minY;
        Columns = (int)Math.Floor((maxX - minX) / size) + 1;
        Rows = (int)Math.Floor((maxY - minY) / size) + 1;
        int buckets = Columns * Rows;
        _start = new int[buckets + 1];
        int[] bucketOf = new int[n];
        for (int i = 0; i < n; i++)
        {
            bucketOf[i] = BucketOf(_x[i], _y[i]);
            _start[bucketOf[i] + 1]++;
        }

        for (int b = 0; b < buckets; b++)
        {
            _start[b + 1] += _start[b];
        }

        _order = new int[n];
        int[] fill = new int[buckets];
        for (int i = 0; i < n; i++)
        {
            int b = bucketOf[i];
            _order[_start[b] + fill[b]++] = i;
        }

        // Coordinates in bucket order, so searches read memory in sequence.
        _sortedX = new double[n];
        _sortedY = new double[n];
        for (int s = 0; s < n; s++)
        {
            _sortedX[s] = _x[_order[s]];
            _sortedY[s] = _y[_order[s]];
        }
    }

    /// <summary>Bucket side, metres.</summary>
    public double Size { get; }

    /// <summary>Bucket columns.</summary>
    public int Columns { get; }

    /// <summary>Bucket rows.</summary>
    public int Rows { get; }

    /// <summary>Point indices grouped by bucket; <see cref="BucketStart"/> gives each bucket's range.</summary>
    public ReadOnlySpan<int> Order => _order;

    /// <summary>Eastings in <see cref="Order"/>.</summary>
    public ReadOnlySpan<double> SortedX => _sortedX;

    /// <summary>Northings in <see cref="Order"/>.</summary>
    public ReadOnlySpan<double> SortedY => _sortedY;

    /// <summary>The first position in <see cref="Order"/> of bucket b is BucketStart[b]; its end is BucketStart[b + 1].</summary>
    public ReadOnlySpan<int> BucketStart => _start;

    /// <summary>The bucket column of an easting, clamped to the grid.</summary>
    public int ColumnOf(double x) => unchecked((int)Math.Clamp(Math.Floor((x - _minX) / Size), 0, Columns - 1)); // clamped: fits

    /// <summary>The northing where bucket row <paramref name="row"/> begins (its points are at or above it, below the next).</summary>
    public double RowStart(int row) => _minY + (row * Size);

    /// <summary>The bucket row of a northing, clamped to the grid.</summary>
    public int RowOf(double y) => unchecked((int)Math.Clamp(Math.Floor((y - _minY) / Size), 0, Rows - 1)); // clamped: fits

    /// <summary>
    /// Squared distance from point <paramref name="i"/> to its k-th nearest other point (a point at the same place counts),
    /// or +∞ when there are fewer than k others.
    /// </summary>
    /// <param name="i">A point.</param>
    /// <param name="k">k, at least 1.</param>
    /// <param name="best">Scratch of length at least k.</param>
    public double KthNearestSquared(int i, int k, Span<double> best) => KthNearestSquared(i, k, best, default);

    /// <summary>
    /// As <see cref="KthNearestSquared(int, int, Span{double})"/> where point j stands for <paramref name="count"/>[j] events
    /// at its place (0: none), and point i for count[i] − 1 others besides the one asking; empty: one each.
    /// </summary>
    public double KthNearestSquared(int i, int k, Span<double> best, ReadOnlySpan<int> count)
    {
        double px = _x[i], py = _y[i];
        int pc = ColumnOf(px), pr = RowOf(py);
        int found = count.IsEmpty ? 0 : Insert(best, k, 0, 0, count[i] - 1);
        double limit = found >= k ? best[k - 1] : double.PositiveInfinity;

        // Every point outside the rings searched is at least ring × size away, and more by how far the point is inside its
        // own bucket (less a hair for the rounding of the bucket's edges).
        double inX = px - (_minX + (pc * Size)), inY = py - (_minY + (pr * Size));
        double margin = Math.Max(0, Math.Min(Math.Min(inX, Size - inX), Math.Min(inY, Size - inY)) - (1e-9 * Size));
        int maxRing = Math.Max(Math.Max(pc, Columns - 1 - pc), Math.Max(pr, Rows - 1 - pr));
        for (int ring = 0; ring <= maxRing; ring++)
        {
            // A ring's first and last rows whole (a row's buckets are consecutive in bucket order), its other rows at its two
            // ends only: the inside was searched before.
            int r0 = pr - ring, r1 = pr + ring, c0 = Math.Max(pc - ring, 0), c1 = Math.Min(pc + ring, Columns - 1);
            for (int r = Math.Max(r0, 0); r <= Math.Min(r1, Rows - 1); r++)
            {
                int row = r * Columns;
                if (r == r0 || r == r1)
                {
                    Scan(_start[row + c0], _start[row + c1 + 1], i, px, py, k, best, count, ref found, ref limit);
                }
                else
                {
                    if (pc - ring >= 0)
                    {
                        Scan(_start[row + c0], _start[row + c0 + 1], i, px, py, k, best, count, ref found, ref limit);
                    }

                    if (pc + ring < Columns)
                    {
                        Scan(_start[row + c1], _start[row + c1 + 1], i, px, py, k, best, count, ref found, ref limit);
                    }
                }
            }

            double reach = (ring * Size) + margin;
            if (found >= k && best[k - 1] <= reach * reach)
            {
                return best[k - 1];
            }
        }

        return found >= k ? best[k - 1] : double.PositiveInfinity;
    }

    // The points at positions [from, to) of the bucket order into the k nearest of point i so far.
    private void Scan(int from, int to, int i, double px, double py, int k, Span<double> best, ReadOnlySpan<int> count, ref int found,
        ref double limit)
    {
        ReadOnlySpan<double> sx = _sortedX.AsSpan(from, to - from), sy = _sortedY.AsSpan(from, to - from);
        for (int s = 0; s < sx.Length; s++)
        {
            // The distance first: most points are beyond the k nearest so far, and need no count.
            double dx = sx[s] - px, dy = sy[s] - py;
            double d2 = (dx * dx) + (dy * dy);
            if (d2 >= limit)
            {
                continue;
            }

            int j = _order[from + s];
            int times = count.IsEmpty ? 1 : count[j];
            if (j == i || times == 0)
            {
                continue;
            }

            found = Insert(best, k, found, d2, times);
            limit = found >= k ? best[k - 1] : double.PositiveInfinity; // Insert keeps nothing at or beyond it
        }
    }

    private int BucketOf(double x, double y) => (RowOf(y) * Columns) + ColumnOf(x);

    // Keeps the k smallest values seen in best[0..found), ascending; a value seen `times` times fills as many places.
    private static int Insert(Span<double> best, int k, int found, double value, int times = 1)
    {
        for (int n = 0; n < times; n++)
        {
            if (found == k && value >= best[k - 1])
            {
                return found;
            }

            int p = found < k ? found : k - 1;
            while (p > 0 && best[p - 1] > value)
            {
                best[p] = best[p - 1];
                p--;
            }

            best[p] = value;
            found = found < k ? found + 1 : found;
        }

        return found;
    }
}
