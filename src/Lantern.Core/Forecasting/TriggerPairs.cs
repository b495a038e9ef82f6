namespace Lantern.Core.Forecasting;

/// <summary>
/// Every (parent, child) pair of events close enough in space and time for the parent to have triggered the child:
/// 0 &lt; t_child − t_parent ≤ the time cut-off and distance ≤ the space cut-off. Found once with a bucket grid and kept by child
/// (compressed rows), each pair as its parent and its bins in the kernel tables, so an iteration reads two table entries a pair.
/// A child's pairs are in order of delay, shortest first, so a loop can stop where the delay kernel has fallen to 0.
/// </summary>
internal sealed class TriggerPairs
{
    private TriggerPairs(int[] start, int[] parent, ushort[] delayBin, ushort[] offsetBin)
    {
        Start = start;
        Parent = parent;
        DelayBin = delayBin;
        OffsetBin = offsetBin;
    }

    /// <summary>Pairs of child j are at positions Start[j] .. Start[j + 1] − 1.</summary>
    public int[] Start { get; }

    public int[] Parent { get; }

    /// <summary>The pair's delay as a <see cref="DelayKernel"/> bin.</summary>
    public ushort[] DelayBin { get; }

    /// <summary>The pair's offset as an <see cref="OffsetKernel"/> table position.</summary>
    public ushort[] OffsetBin { get; }

    public int Count => Parent.Length;

    // The first position in [lo, hi) of a bucket (in time order) whose point's time is at least `time`.
    private static int FirstAtOrAfter(ReadOnlySpan<int> order, double[] t, int lo, int hi, double time)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (t[order[mid]] < time)
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

    /// <param name="x">Eastings of events in time order.</param>
    /// <param name="y">Northings.</param>
    /// <param name="t">Times, non-decreasing.</param>
    /// <param name="spaceCutoff">Metres.</param>
    /// <param name="timeCutoff">Time units.</param>
    public static TriggerPairs Find(double[] x, double[] y, double[] t, double spaceCutoff, double timeCutoff)
    {
        int n = t.Length;
        var index = new PointGrid(x, y, spaceCutoff);
        ReadOnlySpan<int> order = index.Order;
        ReadOnlySpan<int> bucketStart = index.BucketStart;
        int[] start = new int[n + 1];
        int capacity = Math.Max(1024, n * 16), count = 0;
        int[] parent = new int[capacity];
        ushort[] delayBin = new ushort[capacity];
        ushort[] offsetBin = new ushort[capacity];
        double r2 = spaceCutoff * spaceCutoff;
        double delayScale = DelayKernel.Bins / timeCutoff, offsetScale = OffsetKernel.Side / (2 * spaceCutoff);
        int[] binCount = new int[DelayKernel.Bins];
        var candidates = new List<(int Parent, ushort Delay, ushort Offset)>();
        for (int j = 0; j < n; j++)
        {
            // Each bucket lists its points in time order: the parents of j in a bucket are the run from the first point
            // within the time cut-off up to the last point before j.
            candidates.Clear();
            int pc = index.ColumnOf(x[j]), pr = index.RowOf(y[j]);
            for (int r = Math.Max(pr - 1, 0); r <= Math.Min(pr + 1, index.Rows - 1); r++)
            {
                for (int c = Math.Max(pc - 1, 0); c <= Math.Min(pc + 1, index.Columns - 1); c++)
                {
                    int b = (r * index.Columns) + c;
                    int lo = FirstAtOrAfter(order, t, bucketStart[b], bucketStart[b + 1], t[j] - timeCutoff);
                    int hi = FirstIndexAtOrAfter(order, lo, bucketStart[b + 1], j);
                    for (int s = lo; s < hi; s++)
                    {
                        int i = order[s];
                        double delay = t[j] - t[i];
                        double ex = x[j] - x[i], ey = y[j] - y[i];
                        if (delay > 0 && delay <= timeCutoff && (ex * ex) + (ey * ey) <= r2)
                        {
                            // The tables' bins (DelayKernel.BinOf, OffsetKernel.BinOf), inline: this runs for every pair.
                            int a = Math.Min((int)((ex + spaceCutoff) * offsetScale), OffsetKernel.Side - 1);
                            int e = Math.Min((int)((ey + spaceCutoff) * offsetScale), OffsetKernel.Side - 1);
                            candidates.Add((i, (ushort)Math.Min((int)(delay * delayScale), DelayKernel.Bins - 1), (ushort)((e * OffsetKernel.Side) + a)));
                        }
                    }
                }
            }

            if (count + candidates.Count > parent.Length)
            {
                int grown = Math.Max(parent.Length * 2, count + candidates.Count);
                Array.Resize(ref parent, grown);
                Array.Resize(ref delayBin, grown);
                Array.Resize(ref offsetBin, grown);
            }

            // Counting sort by delay bin, shortest first (ties in the order found).
            int minBin = DelayKernel.Bins, maxBin = -1;
            foreach ((_, ushort bin, _) in candidates)
            {
                binCount[bin]++;
                minBin = Math.Min(minBin, bin);
                maxBin = Math.Max(maxBin, bin);
            }

            int position = count;
            for (int bin = minBin; bin <= maxBin; bin++)
            {
                int run = binCount[bin];
                binCount[bin] = position;
                position += run;
            }

            foreach ((int i, ushort bin, ushort offset) in candidates)
            {
                int slot = binCount[bin]++;
                parent[slot] = i;
                delayBin[slot] = bin;
                offsetBin[slot] = offset;
            }

            for (int bin = minBin; bin <= maxBin; bin++)
            {
                binCount[bin] = 0;
            }

            count += candidates.Count;
            start[j + 1] = count;
        }

        Array.Resize(ref parent, count);
        Array.Resize(ref delayBin, count);
        Array.Resize(ref offsetBin, count);
        return new TriggerPairs(start, parent, delayBin, offsetBin);
    }
}
