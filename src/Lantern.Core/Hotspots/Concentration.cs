namespace Lantern.Core.Hotspots;

/// <summary>Computes <see cref="ConcentrationResult"/>.</summary>
internal static class Concentration
{
    /// <summary>The fractions of cells reported: top 1, 2, 5 and 10%.</summary>
    internal static readonly double[] s_fractions = [0.01, 0.02, 0.05, 0.10];

    public static ConcentrationResult Compute(CellCounts counts, int[] order)
    {
        ReadOnlySpan<double> harm = counts.Harm;
        int occupied = harm.Length;
        double[] curve = new double[occupied];
        double running = 0;
        int withHarm = 0;
        for (int i = 0; i < occupied; i++)
        {
            double h = harm[order[i]];
            running += h;
            curve[i] = running;
            if (h > 0)
            {
                withHarm++;
            }
        }

        // Normalise by the sum in rank order so the curve ends at exactly 1.
        if (running > 0)
        {
            for (int i = 0; i < occupied; i++)
            {
                curve[i] /= running;
            }
        }
        else
        {
            Array.Clear(curve);
        }

        long area = counts.StudyAreaCells;
        var points = new ConcentrationPoint[s_fractions.Length];
        for (int i = 0; i < s_fractions.Length; i++)
        {
            points[i] = new ConcentrationPoint(s_fractions[i], ShareAt(curve, s_fractions[i], occupied), ShareAt(curve, s_fractions[i], area));
        }

        return new ConcentrationResult(counts.TotalHarm, occupied, withHarm, area, points,
            CellsHolding(curve, 0.5, occupied), CellsHolding(curve, 0.25, occupied),
            CellsHolding(curve, 0.5, area), CellsHolding(curve, 0.25, area), curve, order);
    }

    /// <summary>The curve read at <paramref name="fraction"/> × <paramref name="cells"/> cells, linearly between whole cells.</summary>
    internal static double ShareAt(ReadOnlySpan<double> curve, double fraction, long cells)
    {
        if (!(fraction >= 0 && fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The fraction of cells must be 0 to 1.");
        }

        if (curve.Length == 0 || cells == 0)
        {
            return 0;
        }

        double t = fraction * cells;
        long k = (long)Math.Floor(t);
        if (k >= curve.Length)
        {
            return curve[^1];
        }

        double before = k == 0 ? 0 : curve[(int)k - 1];
        return before + ((t - k) * (curve[(int)k] - before));
    }

    /// <summary>Smallest fraction of <paramref name="cells"/> whose curve reaches <paramref name="share"/> (0 when there is no harm).</summary>
    internal static double CellsHolding(ReadOnlySpan<double> curve, double share, long cells)
    {
        for (int j = 0; j < curve.Length; j++)
        {
            if (curve[j] >= share)
            {
                double before = j == 0 ? 0 : curve[j - 1];
                return (j + ((share - before) / (curve[j] - before))) / cells;
            }
        }

        return 0;
    }
}
