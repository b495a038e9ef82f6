using System.Numerics;

namespace Lantern.Core.Forecasting;

/// <summary>
/// Spreads the background events of stochastic declustering over the places: each place's events as a Gaussian kernel of
/// its σ, cut at <see cref="ContinuousSeppFit.BackgroundSigmas"/> σ, reaching the places within that distance through the
/// bucket grid whose buckets are about reach / 2 wide (a few rows a kernel: a row's set-up costs more than a place's
/// test). Each level's sums are held in its bucket order (sequential memory).
/// </summary>
/// <remarks>
/// In parallel without changing a bit: the threads split the places a kernel reaches (each level's bucket order in fixed
/// stretches), not the kernels, so every place still adds its kernels in one order (the places' nearby order), whatever
/// the threads.
/// </remarks>
internal sealed class BackgroundSpread
{
    /// <summary>Stretches of each level's bucket order spread in parallel: enough to share two to a few cores evenly, few
    /// enough that passing over every kernel once a stretch costs little beside the spreading.</summary>
    private const int Stretches = 16;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly PointGridLevels _places;
    private readonly double[][] _levelSums;
    private readonly int _stretchSize;
    private readonly int[][] _firstRow;
    private readonly int[][] _lastRow;
    private readonly Kernel[] _kernels;
    private readonly int[] _nearby;

    /// <param name="x">Eastings of the places.</param>
    /// <param name="y">Northings.</param>
    /// <param name="places">The same places in bucket grids of doubling sizes.</param>
    /// <param name="nearby">The places in the order their kernels are added: neighbours one after another
    /// (<see cref="PointGridLevels.NearbyOrder"/>), so that each kernel finds the sums it adds to still in the cache.</param>
    public BackgroundSpread(double[] x, double[] y, PointGridLevels places, int[] nearby)
    {
        _nearby = nearby;
        _x = x;
        _y = y;
        _places = places;
        int count = x.Length;
        _levelSums = new double[places.Count][];
        _firstRow = new int[places.Count][];
        _lastRow = new int[places.Count][];
        int size = Math.Max(1, FixedChunks.Count(count, Stretches));
        _stretchSize = size;
        for (int level = 0; level < places.Count; level++)
        {
            _levelSums[level] = new double[count];
            _firstRow[level] = new int[Stretches];
            _lastRow[level] = new int[Stretches];
            PointGrid grid = places[level];
            for (int s = 0; s < Stretches; s++)
            {
                // The bucket rows a stretch's places are in (none: first after last).
                int from = s * size, to = Math.Min(count, from + size);
                _firstRow[level][s] = from < to ? RowAt(grid, from) : 1;
                _lastRow[level][s] = from < to ? RowAt(grid, to - 1) : 0;
            }
        }

        _kernels = new Kernel[count];
    }

    /// <summary>Sets <paramref name="density"/> at each place to the sum of the background kernels reaching it.</summary>
    /// <param name="events">Background events at each place.</param>
    /// <param name="sigma">σ at each place, metres.</param>
    /// <param name="length">Observation period's length, in time units (the density is per m² per unit).</param>
    /// <param name="density">The result, per place.</param>
    /// <param name="parallel">Threads to use; the result is the same whatever the number.</param>
    public void Spread(int[] events, double[] sigma, double length, double[] density, ParallelOptions parallel)
    {
        int kernels = 0;
        foreach (int u in _nearby)
        {
            if (events[u] > 0)
            {
                _kernels[kernels++] = KernelOf(u, events[u], sigma[u], length);
            }
        }

        FixedChunks.For(Stretches, 1, parallel, (s, _, _) => SpreadStretch(s, kernels));
        Array.Clear(density);
        for (int level = 0; level < _levelSums.Length; level++)
        {
            ReadOnlySpan<int> order = _places[level].Order;
            double[] sums = _levelSums[level];
            for (int q = 0; q < sums.Length; q++)
            {
                density[order[q]] += sums[q];
            }
        }
    }

    // Place u's kernel: its level, its reach in that level's buckets, and the factors of its density.
    private Kernel KernelOf(int u, int events, double sigma, double length)
    {
        double reach = ContinuousSeppFit.BackgroundSigmas * sigma;
        int level = _places.LevelFor(reach / 2);
        PointGrid grid = _places[level];
        double x = _x[u], y = _y[u];
        return new Kernel(x, y, reach * reach, events / (2 * Math.PI * sigma * sigma * length), 1 / (sigma * sigma), level,
            grid.ColumnOf(x - reach), grid.ColumnOf(x + reach), grid.RowOf(y - reach), grid.RowOf(y + reach));
    }

    // Every kernel's sums at the places of stretch s of each level, kernels in order.
    private void SpreadStretch(int s, int kernels)
    {
        int from = Math.Min(s * _stretchSize, _x.Length), to = Math.Min(_x.Length, from + _stretchSize);
        foreach (double[] sums in _levelSums)
        {
            Array.Clear(sums, from, to - from);
        }

        for (int k = 0; k < kernels; k++)
        {
            ref readonly Kernel kernel = ref _kernels[k];
            int level = kernel.Level;
            int r0 = Math.Max(kernel.R0, _firstRow[level][s]), r1 = Math.Min(kernel.R1, _lastRow[level][s]);
            if (r0 > r1)
            {
                continue;
            }

            // The kernel in locals: read through the reference, its fields would be reloaded at every place.
            PointGrid grid = _places[level];
            double x = kernel.X, y = kernel.Y, reach2 = kernel.Reach2, norm = kernel.Norm, exponent = -0.5 * kernel.Inverse;
            double margin = 1e-9 * Math.Sqrt(reach2); // covers the rounding of the chord below
            for (int r = r0; r <= r1; r++)
            {
                // Only the columns the disc crosses in this row: the chord at the row's nearest edge to the centre.
                double below = grid.RowStart(r), above = below + grid.Size;
                double dy = y < below ? below - y : y > above ? y - above : 0;
                double half = Math.Sqrt(Math.Max(0, reach2 - (dy * dy))) + margin;
                int c0 = Math.Max(kernel.C0, grid.ColumnOf(x - half)), c1 = Math.Min(kernel.C1, grid.ColumnOf(x + half));
                SpreadRow(grid, r, c0, c1, from, to, x, y, reach2, norm, exponent, _levelSums[level]);
            }
        }
    }

    // One kernel at the places of buckets c0..c1 of row r that lie in [from, to) of the bucket order (consecutive: a row's
    // buckets are), a vector of places at a time: exp(−d²/2σ²) at each, kept where d ≤ reach (elsewhere 0 is added, which
    // changes no sum). The last few places are padded to a whole vector, so every place gets the same arithmetic wherever
    // the stretches cut the row.
    private static void SpreadRow(PointGrid grid, int r, int c0, int c1, int from, int to, double x, double y, double reach2,
        double norm, double exponent, double[] sums)
    {
        ReadOnlySpan<int> start = grid.BucketStart;
        int q0 = Math.Max(start[(r * grid.Columns) + c0], from), q1 = Math.Min(start[(r * grid.Columns) + c1 + 1], to);
        if (q0 >= q1)
        {
            return;
        }

        ReadOnlySpan<double> sx = grid.SortedX[q0..q1], sy = grid.SortedY[q0..q1];
        Span<double> sum = sums.AsSpan(q0, q1 - q0);
        var vx = new Vector<double>(x);
        var vy = new Vector<double>(y);
        var vr2 = new Vector<double>(reach2);
        var vnorm = new Vector<double>(norm);
        var vexponent = new Vector<double>(exponent);
        int width = Vector<double>.Count, whole = sum.Length - (sum.Length % width);
        for (int q = 0; q < whole; q += width)
        {
            var ex = new Vector<double>(sx[q..]) - vx;
            var ey = new Vector<double>(sy[q..]) - vy;
            Add(ex, ey, vr2, vnorm, vexponent, sum[q..]);
        }

        if (whole < sum.Length)
        {
            // The padding lies out of reach (twice it: exp stays in its ordinary range), adds 0 and is not written back.
            Span<double> px = stackalloc double[width], py = stackalloc double[width], ps = stackalloc double[width];
            px.Fill(x);
            py.Fill(y + (2 * Math.Sqrt(reach2)));
            ps.Clear();
            sx[whole..].CopyTo(px);
            sy[whole..].CopyTo(py);
            sum[whole..].CopyTo(ps);
            Add(new Vector<double>(px) - vx, new Vector<double>(py) - vy, vr2, vnorm, vexponent, ps);
            ps[..(sum.Length - whole)].CopyTo(sum[whole..]);
        }
    }

    private static void Add(Vector<double> ex, Vector<double> ey, Vector<double> reach2, Vector<double> norm, Vector<double> exponent,
        Span<double> sum)
    {
        Vector<double> d2 = (ex * ex) + (ey * ey);
        Vector<long> within = Vector.LessThanOrEqual(d2, reach2);
        if (within != Vector<long>.Zero)
        {
            Vector<double> value = Vector.Exp(d2 * exponent) * norm;
            (new Vector<double>(sum) + Vector.ConditionalSelect(within, value, Vector<double>.Zero)).CopyTo(sum);
        }
    }

    // The bucket row of the place at position q of a grid's bucket order: the last bucket starting at or before q.
    private static int RowAt(PointGrid grid, int q)
    {
        ReadOnlySpan<int> start = grid.BucketStart;
        int lo = 0, hi = start.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid] <= q)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo / grid.Columns;
    }

    /// <summary>One place's background kernel: centre, squared reach, events / (2π σ² length), 1 / σ², its grid level and
    /// the bucket columns and rows it reaches.</summary>
    private readonly record struct Kernel(double X, double Y, double Reach2, double Norm, double Inverse, int Level, int C0, int C1,
        int R0, int R1);
}
