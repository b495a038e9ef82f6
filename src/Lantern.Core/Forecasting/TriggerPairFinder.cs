using Lantern.Core.Tasking;

namespace Lantern.Core.Forecasting;

/// <summary>
/// Finds one child's candidate parents for <see cref="TriggerPairs"/> in the 3 × 3 buckets around it, each bucket's events
/// in time order. With a cap of K parents a child, when its buckets' time windows hold more than K events, the buckets are
/// walked back from the child in time (merged, most recent first) until K pairs within the cut-offs are found; if more
/// pairs remain, the cap binds and a uniform sample of the unexamined events is kept (<see cref="TriggerCut"/>). Holds one
/// search's scratch: one finder a thread (each over its own children, sharing the read-only bucket grid). Candidates are read
/// in bucket order (coordinates and times copied into it once), in sequence rather than at random by event.
/// </summary>
internal sealed class TriggerPairFinder
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _t;
    private readonly double[] _sortedT;
    private readonly double _spaceCutoff;
    private readonly double _timeCutoff;
    private readonly double _r2;
    private readonly double _delayScale;
    private readonly double _offsetScale;
    private readonly PointGrid _index;
    private readonly int[] _lo = new int[9];
    private readonly int[] _hi = new int[9];
    private readonly int[] _next = new int[9];
    private readonly double[] _head = new double[9];

    /// <summary>Seeds the sample of a child's unexamined events, mixed with the child's index: a child's sample depends on
    /// nothing else (not on which thread or chunk found it).</summary>
    private const ulong SampleSeed = 0x5E99_CA9_0001UL;

    /// <param name="x">Eastings of events in time order.</param>
    /// <param name="y">Northings.</param>
    /// <param name="t">Times, non-decreasing.</param>
    /// <param name="index">The events in a bucket grid with buckets <paramref name="spaceCutoff"/> wide (<see cref="Index"/>).</param>
    /// <param name="sortedT">The times in the grid's bucket order (<see cref="SortedTimes"/>).</param>
    /// <param name="spaceCutoff">Metres.</param>
    /// <param name="timeCutoff">Time units.</param>
    /// <param name="maxParents">Most candidate parents kept a child.</param>
    public TriggerPairFinder(double[] x, double[] y, double[] t, PointGrid index, double[] sortedT, double spaceCutoff, double timeCutoff,
        int maxParents)
    {
        _x = x;
        _y = y;
        _t = t;
        _sortedT = sortedT;
        _spaceCutoff = spaceCutoff;
        _timeCutoff = timeCutoff;
        _r2 = spaceCutoff * spaceCutoff;
        _delayScale = DelayKernel.Bins / timeCutoff;
        _offsetScale = OffsetKernel.Side / (2 * spaceCutoff);
        _index = index;
        MaxParents = maxParents;
    }

    /// <summary>The bucket grid a finder searches: buckets as wide as the space cut-off, so a child's parents lie in the
    /// 3 × 3 buckets around it.</summary>
    public static PointGrid Index(double[] x, double[] y, double spaceCutoff) => new(x, y, spaceCutoff);

    /// <summary>The times in the bucket order of <paramref name="index"/>.</summary>
    public static double[] SortedTimes(PointGrid index, double[] t)
    {
        ReadOnlySpan<int> order = index.Order;
        double[] sorted = new double[order.Length];
        for (int s = 0; s < sorted.Length; s++)
        {
            sorted[s] = t[order[s]];
        }

        return sorted;
    }

    public int MaxParents { get; }

    public TriggerCut Cut { get; } = new();

    /// <summary>An upper bound on the pairs <see cref="Find"/> keeps over children [from, to): each child's events in its
    /// buckets' time windows, at most the cap. Binary searches only, so the pair arrays can be sized once (no copies while
    /// growing).</summary>
    public long Bound(int from, int to)
    {
        long bound = 0;
        for (int j = from; j < to; j++)
        {
            (_, long window) = Windows(j);
            bound += Math.Min(window, MaxParents);
        }

        return bound;
    }

    /// <summary>Adds child j's candidate parents (at most the cap) to <paramref name="candidates"/>, in the order found.</summary>
    public void Find(int j, List<(int Parent, ushort Delay, ushort Offset)> candidates)
    {
        ReadOnlySpan<int> order = _index.Order;
        (int buckets, long window) = Windows(j);
        if (window > MaxParents && MostRecent(j, buckets, order, candidates))
        {
            return;
        }

        // The cap does not bind: every pair, in bucket order (as without a cap).
        candidates.Clear();
        for (int k = 0; k < buckets; k++)
        {
            for (int s = _lo[k]; s < _hi[k]; s++)
            {
                if (Pair(s, j, out ushort delay, out ushort offset))
                {
                    candidates.Add((order[s], delay, offset));
                }
            }
        }
    }

    // The time windows of child j's 3 × 3 buckets, positions _lo .. _hi − 1 of each: how many buckets and events.
    private (int Buckets, long Window) Windows(int j)
    {
        ReadOnlySpan<int> order = _index.Order, bucketStart = _index.BucketStart;
        int buckets = 0;
        long window = 0;
        int pc = _index.ColumnOf(_x[j]), pr = _index.RowOf(_y[j]);
        for (int r = Math.Max(pr - 1, 0); r <= Math.Min(pr + 1, _index.Rows - 1); r++)
        {
            for (int c = Math.Max(pc - 1, 0); c <= Math.Min(pc + 1, _index.Columns - 1); c++)
            {
                // Each bucket lists its points in time order: the parents of j in a bucket are the run from the first point
                // within the time cut-off up to the last point before j.
                int b = (r * _index.Columns) + c;
                _lo[buckets] = FirstAtOrAfter(_sortedT, bucketStart[b], bucketStart[b + 1], _t[j] - _timeCutoff);
                _hi[buckets] = FirstIndexAtOrAfter(order, _lo[buckets], bucketStart[b + 1], j);
                window += _hi[buckets] - _lo[buckets];
                buckets++;
            }
        }

        return (buckets, window);
    }

    // The K pairs nearest in time, walking the buckets back from j; true if pairs remain beyond them (the cap binds), with
    // the unexamined events sampled into the cut.
    private bool MostRecent(int j, int buckets, ReadOnlySpan<int> order, List<(int Parent, ushort Delay, ushort Offset)> candidates)
    {
        // Each bucket's next candidate back in time, and its time (−∞ once the bucket's window is used up).
        Array.Copy(_hi, _next, buckets);
        for (int k = 0; k < buckets; k++)
        {
            _head[k] = _next[k] > _lo[k] ? _sortedT[_next[k] - 1] : double.NegativeInfinity;
        }

        while (candidates.Count < MaxParents)
        {
            int best = -1;
            double latest = double.NegativeInfinity;
            for (int k = 0; k < buckets; k++)
            {
                if (_head[k] > latest)
                {
                    latest = _head[k];
                    best = k;
                }
            }

            if (best < 0)
            {
                return false;
            }

            int s = --_next[best];
            _head[best] = _next[best] > _lo[best] ? _sortedT[_next[best] - 1] : double.NegativeInfinity;
            if (Pair(s, j, out ushort delay, out ushort offset))
            {
                candidates.Add((order[s], delay, offset));
            }
        }

        long unexamined = 0;
        bool more = false;
        for (int k = 0; k < buckets; k++)
        {
            unexamined += _next[k] - _lo[k];
            for (int s = _lo[k]; s < _next[k] && !more; s++)
            {
                more = Pair(s, j, out _, out _);
            }
        }

        if (!more)
        {
            return false;
        }

        Cut.AddChild(j, unexamined);
        var random = new SplitMix64(SampleSeed ^ (ulong)j);
        for (int n = 0; n < TriggerCut.Samples; n++)
        {
            long at = (long)(random.NextDouble() * unexamined);
            int k = 0;
            while (at >= _next[k] - _lo[k])
            {
                at -= _next[k] - _lo[k];
                k++;
            }

            if (Pair(_lo[k] + (int)at, j, out ushort delay, out ushort offset))
            {
                Cut.AddSample(delay, offset);
            }
        }

        return true;
    }

    // Whether the event at position s of the bucket order can be a parent of j within the cut-offs, and the pair's bins in
    // the kernel tables (DelayKernel.BinOf, OffsetKernel.BinOf, inline: this runs for every candidate). Unchecked: within
    // the cut-offs every value converted lies in 0 .. a table's size.
    private bool Pair(int s, int j, out ushort delayBin, out ushort offsetBin)
    {
        double delay = _t[j] - _sortedT[s];
        double ex = _x[j] - _index.SortedX[s], ey = _y[j] - _index.SortedY[s];
        if (delay > 0 && delay <= _timeCutoff && (ex * ex) + (ey * ey) <= _r2)
        {
            unchecked
            {
                int a = Math.Min((int)((ex + _spaceCutoff) * _offsetScale), OffsetKernel.Side - 1);
                int e = Math.Min((int)((ey + _spaceCutoff) * _offsetScale), OffsetKernel.Side - 1);
                delayBin = (ushort)Math.Min((int)(delay * _delayScale), DelayKernel.Bins - 1);
                offsetBin = (ushort)((e * OffsetKernel.Side) + a);
            }

            return true;
        }

        delayBin = offsetBin = 0;
        return false;
    }

    // The first position in [lo, hi) of a bucket (in time order) whose time is at least `time`.
    private static int FirstAtOrAfter(double[] sortedT, int lo, int hi, double time)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sortedT[mid] < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The first position in [lo, hi) whose point's index is at least `index` (indices ascend within a bucket).
    private static int FirstIndexAtOrAfter(ReadOnlySpan<int> order, int lo, int hi, int index)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (order[mid] < index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
