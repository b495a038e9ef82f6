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

    /// <param name="x">Eastings of events in time order.</param>
    /// <param name="y">Northings.</param>
    /// <param name="t">Times, non-decreasing.</param>
    /// <param name="spaceCutoff">Metres.</param>
    /// <param name="timeCutoff">Time units.</param>
    /// <param name="maxParents">Most candidate parents kept a child, the nearest in time (int.MaxValue: no cap).</param>
    public static TriggerPairs Find(double[] x, double[] y, double[] t, double spaceCutoff, double timeCutoff, int maxParents)
    {
        int n = t.Length;
        var finder = new TriggerPairFinder(x, y, t, spaceCutoff, timeCutoff, maxParents);
        int[] start = new int[n + 1];
        long bound = finder.Bound();
        int capacity = (int)Math.Max(1024, bound <= Array.MaxLength ? bound : n * 16L), count = 0;
        int[] parent = new int[capacity];
        ushort[] delayBin = new ushort[capacity];
        ushort[] offsetBin = new ushort[capacity];
        int[] binCount = new int[DelayKernel.Bins];
        var candidates = new List<(int Parent, ushort Delay, ushort Offset)>();
        for (int j = 0; j < n; j++)
        {
            candidates.Clear();
            finder.Find(j, candidates);
            if ((long)count + candidates.Count > Array.MaxLength)
            {
                throw new InvalidOperationException(
                    $"More than {Array.MaxLength:N0} candidate (parent, child) pairs within the cut-offs: set a cap on parents per child (maxParents) or shorter cut-offs.");
            }

            if (count + candidates.Count > parent.Length)
            {
                // Only when the bound was too large to allocate (no cap, very dense events): half as much again.
                int grown = (int)Math.Min(Math.Max(parent.Length * 3L / 2, count + candidates.Count), Array.MaxLength);
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

        // Trimmed only when much is spare (the bound counts a square's events, the pairs a disc's): a copy holds both
        // arrays at once, gigabytes at a million events.
        if (count < parent.Length * 3L / 4)
        {
            Array.Resize(ref parent, count);
            Array.Resize(ref delayBin, count);
            Array.Resize(ref offsetBin, count);
        }

        return new TriggerPairs(start, parent, delayBin, offsetBin, count, finder.Cut);
    }
}
