namespace Lantern.Core.Hotspots;

/// <summary>
/// The Benjamini-Hochberg (1995) step-up procedure controlling the false discovery rate: with p-values sorted
/// ascending p(1) ≤ … ≤ p(m), find the largest k with p(k) ≤ k·q/m and call the k smallest significant. The
/// adjusted p-value of p(i) is min over j ≥ i of m·p(j)/j, capped at 1.
/// </summary>
/// <remarks>
/// Tests that share a p-value can be passed once with a multiplicity (Gi* gives every empty cell far from any
/// crime the same p-value); the result is the same as listing each. Ties are all significant or all not.
/// </remarks>
internal static class BenjaminiHochberg
{
    /// <summary>Applies the procedure to p-values each counted once.</summary>
    /// <param name="pValues">The p-values, each in [0, 1].</param>
    /// <param name="q">The false discovery rate.</param>
    /// <param name="adjusted">Receives the adjusted p-values.</param>
    /// <param name="significant">Receives which tests are significant.</param>
    /// <returns>The largest significant p-value, or −1 when none is.</returns>
    public static double Apply(ReadOnlySpan<double> pValues, double q, Span<double> adjusted, Span<bool> significant)
    {
        long[] ones = new long[pValues.Length];
        Array.Fill(ones, 1L);
        return Apply(pValues, ones, q, adjusted, significant);
    }

    /// <summary>Applies the procedure to p-values each standing for <paramref name="multiplicity"/> tests.</summary>
    /// <param name="pValues">The p-values, each in [0, 1].</param>
    /// <param name="multiplicity">How many tests share each p-value, each at least 1.</param>
    /// <param name="q">The false discovery rate.</param>
    /// <param name="adjusted">Receives the adjusted p-values.</param>
    /// <param name="significant">Receives which tests are significant.</param>
    /// <returns>The largest significant p-value, or −1 when none is.</returns>
    public static double Apply(ReadOnlySpan<double> pValues, ReadOnlySpan<long> multiplicity, double q, Span<double> adjusted,
        Span<bool> significant)
    {
        int count = pValues.Length;
        if (count == 0)
        {
            return -1;
        }

        double[] sorted = pValues.ToArray();
        int[] order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order);
        double m = 0;
        foreach (long k in multiplicity)
        {
            m += k;
        }

        // Rank of the last test sharing each sorted entry: the most lenient rank for a group of ties.
        double[] rankEnd = new double[count];
        double rank = 0;
        double threshold = -1;
        for (int i = 0; i < count; i++)
        {
            rank += multiplicity[order[i]];
            rankEnd[i] = rank;
            if (sorted[i] <= rank * q / m)
            {
                threshold = sorted[i];
            }
        }

        double running = 1;
        for (int i = count - 1; i >= 0; i--)
        {
            running = Math.Min(running, m * sorted[i] / rankEnd[i]);
            adjusted[order[i]] = running;
        }

        for (int i = 0; i < count; i++)
        {
            significant[i] = pValues[i] <= threshold;
        }

        return threshold;
    }
}
