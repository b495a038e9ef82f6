using System.Numerics;

namespace Lantern.Core.Hotspots;

/// <summary>
/// The values a sort would put at a few given places, without sorting or reordering the values: one pass finds the
/// smallest and largest, a second counts the values into equal-width bins between them, and a third gathers only the
/// bins holding the places asked for, which are then selected from in the same way (or sorted, once small).
/// </summary>
/// <remarks>
/// Written by hand: .NET has no selection routine that leaves its input unchanged, and copying a million coordinates
/// to sort them took 60% of a tasking computation. The heap that came next (keep the k best) cost in proportion to
/// crimes × log k when the crimes came in an unlucky order, as a store returns them, which was 38% of a new tasking
/// list in the web. Binning costs three plain passes whatever the order. A bin's values all lie between its edges, and
/// the bin a value falls in never decreases as the value grows, so counting bins gives each place's bin exactly.
/// </remarks>
internal static class OrderStatistic
{
    private const int Bins = 4096;

    /// <summary>At most this many values are sorted rather than binned again.</summary>
    private const int SortAtMost = 4096;

    /// <summary>Binning levels before sorting whatever is left (values crowded near one end of a huge range).</summary>
    private const int MaxDepth = 4;

    /// <summary>What an ascending sort of <paramref name="values"/> puts at each of <paramref name="ranks"/> (0-based). Values must not be NaN.</summary>
    /// <param name="values">The values, left as they are.</param>
    /// <param name="ranks">The places, each in [0, count), in any order.</param>
    /// <param name="result">Receives the value at each place, in the order of <paramref name="ranks"/>.</param>
    public static void Select(ReadOnlySpan<double> values, ReadOnlySpan<int> ranks, Span<double> result)
    {
        if (result.Length < ranks.Length)
        {
            throw new ArgumentException("There must be room for a value per rank.", nameof(result));
        }

        foreach (int rank in ranks)
        {
            if (rank < 0 || rank >= values.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(ranks), rank, $"A rank must lie in [0, {values.Length}).");
            }
        }

        Select(values, ranks, result, 0);
    }

    private static void Select(ReadOnlySpan<double> values, ReadOnlySpan<int> ranks, Span<double> result, int depth)
    {
        if (values.Length <= SortAtMost || depth == MaxDepth)
        {
            Sorted(values, ranks, result);
            return;
        }

        (double min, double max) = MinMax(values);
        if (min == max)
        {
            result[..ranks.Length].Fill(min); // all equal
            return;
        }

        double scale = Bins / (max - min);
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            Sorted(values, ranks, result); // a range too wide or too narrow to divide (values near ±double.MaxValue, or a few ulps apart)
            return;
        }

        int[] start = new int[Bins + 1];
        foreach (double v in values)
        {
            start[BinOf(v, min, scale) + 1]++;
        }

        for (int b = 0; b < Bins; b++)
        {
            start[b + 1] += start[b];
        }

        // The bin of each place (the last bin starting at or before it), and a buffer for each bin needed.
        int[] binOfRank = new int[ranks.Length];
        int[] slotOfBin = new int[Bins];
        Array.Fill(slotOfBin, -1);
        var gathered = new List<double[]>(ranks.Length);
        for (int i = 0; i < ranks.Length; i++)
        {
            int bin = Array.BinarySearch(start, 0, Bins, ranks[i]);
            bin = bin >= 0 ? LastStartingAt(start, bin) : ~bin - 1;
            binOfRank[i] = bin;
            if (ranks[i] != 0 && ranks[i] != values.Length - 1 && slotOfBin[bin] < 0)
            {
                slotOfBin[bin] = gathered.Count;
                gathered.Add(new double[start[bin + 1] - start[bin]]);
            }
        }

        if (gathered.Count > 0)
        {
            int[] filled = new int[gathered.Count];
            foreach (double v in values)
            {
                int slot = slotOfBin[BinOf(v, min, scale)];
                if (slot >= 0)
                {
                    gathered[slot][filled[slot]++] = v;
                }
            }
        }

        Span<double> one = stackalloc double[1];
        for (int i = 0; i < ranks.Length; i++)
        {
            if (ranks[i] == 0 || ranks[i] == values.Length - 1)
            {
                result[i] = ranks[i] == 0 ? min : max;
                continue;
            }

            int bin = binOfRank[i];
            Select(gathered[slotOfBin[bin]], [ranks[i] - start[bin]], one, depth + 1);
            result[i] = one[0];
        }
    }

    private static void Sorted(ReadOnlySpan<double> values, ReadOnlySpan<int> ranks, Span<double> result)
    {
        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        for (int i = 0; i < ranks.Length; i++)
        {
            result[i] = sorted[ranks[i]];
        }
    }

    // Several bins can start at the same place when some are empty: the place is in the last of them (the non-empty one).
    private static int LastStartingAt(int[] start, int bin)
    {
        while (bin + 1 < Bins && start[bin + 1] == start[bin])
        {
            bin++;
        }

        return bin;
    }

    // Unchecked: (v − min) × scale lies in [0, Bins] for v in [min, max], and a checked conversion is a call per value.
    private static int BinOf(double v, double min, double scale) => Math.Min(unchecked((int)((v - min) * scale)), Bins - 1);

    private static (double Min, double Max) MinMax(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        int i = 0;
        int width = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated && values.Length >= width)
        {
            var low = new Vector<double>(values);
            Vector<double> high = low;
            for (i = width; i <= values.Length - width; i += width)
            {
                var v = new Vector<double>(values[i..]);
                low = Vector.Min(low, v);
                high = Vector.Max(high, v);
            }

            for (int k = 0; k < width; k++)
            {
                min = Math.Min(min, low[k]);
                max = Math.Max(max, high[k]);
            }
        }

        for (; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        return (min, max);
    }
}
