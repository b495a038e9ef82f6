using System.Diagnostics;

namespace Lantern.Core.Forecasting;

/// <summary>
/// Every (parent, child) pair of events close enough in space and time for the parent to have triggered the child:
/// 0 &lt; t_child − t_parent ≤ the time cut-off and distance ≤ the space cut-off. Found once with a bucket grid and kept by child
/// (compressed rows), each pair as its parent and its bins in the kernel tables, so an iteration reads two table entries a pair.
/// A child's pairs are in order of delay, shortest first, so a loop can stop where the delay kernel has fallen to 0. With a
/// cap, a child keeps only its K candidate parents nearest in time (<see cref="TriggerPairFinder"/>).
/// </summary>
internal sealed class TriggerPairs
{
    private TriggerPairs(int[] start, int[] parent, ushort[] delayBin, ushort[] offsetBin, int count, TriggerCut cut)
    {
        Count = count;
        Cut = cut;
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

    /// <summary>Pairs held (the arrays may be longer).</summary>
    public int Count { get; }

    /// <summary>The children whose cap on parents bound, with samples of the pairs left out.</summary>
    public TriggerCut Cut { get; }

    /// <summary>Children a chunk: each chunk's pairs are found by one thread into its own stretch of the arrays.</summary>
    private const int ChunkSize = 1024;

    /// <param name="x">Eastings of events in time order.</param>
    /// <param name="y">Northings.</param>
    /// <param name="t">Times, non-decreasing.</param>
    /// <param name="spaceCutoff">Metres.</param>
    /// <param name="timeCutoff">Time units.</param>
    /// <param name="maxParents">Most candidate parents kept a child, the nearest in time (int.MaxValue: no cap).</param>
    /// <param name="parallel">Threads to use (null: all); the pairs are the same whatever the number.</param>
    public static TriggerPairs Find(double[] x, double[] y, double[] t, double spaceCutoff, double timeCutoff, int maxParents,
        ParallelOptions? parallel = null)
    {
        int n = t.Length;
        parallel ??= new ParallelOptions();
        PointGrid index = TriggerPairFinder.Index(x, y, spaceCutoff);
        double[] sortedT = TriggerPairFinder.SortedTimes(index, t);
        int chunks = FixedChunks.Count(n, ChunkSize);
        var finders = new TriggerPairFinder[chunks];
        long[] bound = new long[chunks];
        FixedChunks.For(n, ChunkSize, parallel, (c, from, to) =>
        {
            finders[c] = new TriggerPairFinder(x, y, t, index, sortedT, spaceCutoff, timeCutoff, maxParents);
            bound[c] = finders[c].Bound(from, to);
        });

        // Each chunk fills its own stretch of arrays sized once by the bound; the stretches are then closed up in order.
        // Only when the bound is too large to allocate (no cap, very dense events) are the chunks found one after another
        // into arrays that grow.
        long total = bound.Sum();
        bool sized = total <= Array.MaxLength;
        var buffer = new PairBuffer((int)Math.Max(1024, sized ? total : n * 16L));
        int[] start = new int[n + 1];
        int count = 0;
        if (sized)
        {
            long[] at = new long[chunks];
            for (int c = 1; c < chunks; c++)
            {
                at[c] = at[c - 1] + bound[c - 1];
            }

            int[] end = new int[chunks];
            FixedChunks.For(n, ChunkSize, parallel, (c, from, to) =>
                end[c] = Fill(finders[c], from, to, buffer, (int)at[c], (int)(at[c] + bound[c]), start));
            for (int c = 0; c < chunks; c++)
            {
                buffer.Move((int)at[c], count, end[c] - (int)at[c]);
                count += end[c] - (int)at[c];
            }
        }
        else
        {
            for (int c = 0; c < chunks; c++)
            {
                int from = c * ChunkSize;
                count = Fill(finders[c], from, Math.Min(n, from + ChunkSize), buffer, count, -1, start);
            }
        }

        // Each child's count to where its pairs start.
        for (int j = 0; j < n; j++)
        {
            start[j + 1] += start[j];
        }

        var cut = new TriggerCut();
        foreach (TriggerPairFinder finder in finders)
        {
            cut.AddAll(finder.Cut);
        }

        buffer.TrimIfSpare(count); // the bound counts a square's events, the pairs a disc's
        return new TriggerPairs(start, buffer.Parent, buffer.DelayBin, buffer.OffsetBin, count, cut);
    }

    // Finds the pairs of children [from, to) into the buffer from `position` on, each child's sorted by delay bin, shortest
    // first (ties in the order found), and its count at start[child + 1]; returns where they end. Up to `limit`, the end of
    // the chunk's stretch (never passed: the stretch is the chunk's bound), or with no limit (−1) growing the buffer.
    private static int Fill(TriggerPairFinder finder, int from, int to, PairBuffer buffer, int position, int limit, int[] start)
    {
        int[] binCount = new int[DelayKernel.Bins];
        var candidates = new List<(int Parent, ushort Delay, ushort Offset)>();
        for (int j = from; j < to; j++)
        {
            candidates.Clear();
            finder.Find(j, candidates);
            if (limit >= 0)
            {
                Debug.Assert(position + candidates.Count <= limit, "A chunk's pairs exceed its bound.");
            }
            else
            {
                buffer.EnsureRoom(position, candidates.Count);
            }

            int minBin = DelayKernel.Bins, maxBin = -1;
            foreach ((_, ushort bin, _) in candidates)
            {
                binCount[bin]++;
                minBin = Math.Min(minBin, bin);
                maxBin = Math.Max(maxBin, bin);
            }

            int slot = position;
            for (int bin = minBin; bin <= maxBin; bin++)
            {
                int run = binCount[bin];
                binCount[bin] = slot;
                slot += run;
            }

            int[] parent = buffer.Parent;
            ushort[] delayBin = buffer.DelayBin, offsetBin = buffer.OffsetBin;
            foreach ((int i, ushort bin, ushort offset) in candidates)
            {
                int p = binCount[bin]++;
                parent[p] = i;
                delayBin[p] = bin;
                offsetBin[p] = offset;
            }

            for (int bin = minBin; bin <= maxBin; bin++)
            {
                binCount[bin] = 0;
            }

            position += candidates.Count;
            start[j + 1] = candidates.Count;
        }

        return position;
    }
}
