namespace Lantern.Core.Forecasting;

/// <summary>
/// Every (parent, child) pair of events close enough in space and time for the parent to have triggered the child:
/// 0 &lt; t_child − t_parent ≤ the time cut-off and distance ≤ the space cut-off. Found once with a bucket grid and kept by child
/// (compressed rows), each pair as its parent and its bins in the kernel tables, so an iteration reads two table entries a pair.
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
        var parent = new List<int>(n * 8);
        var delayBin = new List<ushort>(n * 8);
        var offsetBin = new List<ushort>(n * 8);
        double r2 = spaceCutoff * spaceCutoff;
        for (int j = 0; j < n; j++)
        {
            int pc = index.ColumnOf(x[j]), pr = index.RowOf(y[j]);
            for (int r = Math.Max(pr - 1, 0); r <= Math.Min(pr + 1, index.Rows - 1); r++)
            {
                for (int c = Math.Max(pc - 1, 0); c <= Math.Min(pc + 1, index.Columns - 1); c++)
                {
                    int b = (r * index.Columns) + c;
                    for (int s = bucketStart[b]; s < bucketStart[b + 1]; s++)
                    {
                        int i = order[s];
                        double delay = t[j] - t[i];
                        if (!(delay > 0) || delay > timeCutoff)
                        {
                            continue;
                        }

                        double ex = x[j] - x[i], ey = y[j] - y[i];
                        if ((ex * ex) + (ey * ey) <= r2)
                        {
                            parent.Add(i);
                            delayBin.Add((ushort)DelayKernel.BinOf(delay, timeCutoff));
                            offsetBin.Add((ushort)OffsetKernel.BinOf(ex, ey, spaceCutoff));
                        }
                    }
                }
            }

            start[j + 1] = parent.Count;
        }

        return new TriggerPairs(start, [.. parent], [.. delayBin], [.. offsetBin]);
    }
}
