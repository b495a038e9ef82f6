namespace Lantern.Core.Hotspots;

/// <summary>Ranks occupied cells: harm highest first, then more crimes first, then row-major order (deterministic).</summary>
internal static class CellRanking
{
    /// <summary>Indexes into <see cref="CellCounts.Cells"/> in rank order.</summary>
    public static int[] ByHarm(ReadOnlySpan<double> harm, ReadOnlySpan<int> count)
    {
        int n = harm.Length;
        var keys = new Key[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = new Key(harm[i], count[i], i);
        }

        // A struct comparer lets the sort specialise and inline the comparison (about 3× a delegate or class comparer).
        keys.AsSpan().Sort(default(KeyComparer));
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = keys[i].Index;
        }

        return order;
    }

    private readonly record struct Key(double Harm, int Count, int Index);

    private readonly struct KeyComparer : IComparer<Key>
    {
        public int Compare(Key x, Key y)
        {
            int c = y.Harm.CompareTo(x.Harm);
            if (c != 0)
            {
                return c;
            }

            c = y.Count.CompareTo(x.Count);

            // Cell indexes are row-major, so the index is the final tie-break.
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}
