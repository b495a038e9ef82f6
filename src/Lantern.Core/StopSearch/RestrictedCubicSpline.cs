namespace Lantern.Core.StopSearch;

/// <summary>
/// A restricted (natural) cubic spline: cubic between knots, linear beyond the outer ones (Harrell, Regression Modeling
/// Strategies, 2nd ed., §2.4.5). With k knots it has k − 1 columns: x itself and k − 2 non-linear terms, each scaled by
/// (t_k − t_1)² so that all columns are of the size of x (Harrell's scaling; it changes no fitted value).
/// </summary>
internal static class RestrictedCubicSpline
{
    /// <summary>Harrell's knot quantiles for 3 to 7 knots (Regression Modeling Strategies, Table 2.3).</summary>
    public static double[] Quantiles(int knots) => knots switch
    {
        3 => [0.10, 0.50, 0.90],
        4 => [0.05, 0.35, 0.65, 0.95],
        5 => [0.05, 0.275, 0.50, 0.725, 0.95],
        6 => [0.05, 0.23, 0.41, 0.59, 0.77, 0.95],
        7 => [0.025, 0.1833, 0.3417, 0.50, 0.6583, 0.8167, 0.975],
        _ => throw new ArgumentOutOfRangeException(nameof(knots), knots, "3 to 7 knots."),
    };

    /// <summary>Knots at Harrell's quantiles of <paramref name="sorted"/> (linear interpolation between order statistics).</summary>
    /// <param name="sorted">The values, in ascending order, at least one.</param>
    /// <param name="knots">3 to 7.</param>
    /// <returns>The knots, ascending.</returns>
    public static double[] Knots(ReadOnlySpan<double> sorted, int knots)
    {
        double[] q = Quantiles(knots);
        var result = new double[knots];
        for (int i = 0; i < knots; i++)
        {
            double position = q[i] * (sorted.Length - 1);
            int lo = (int)Math.Floor(position);
            int hi = Math.Min(lo + 1, sorted.Length - 1);
            result[i] = sorted[lo] + ((position - lo) * (sorted[hi] - sorted[lo]));
        }

        return result;
    }

    /// <summary>Writes the k − 1 basis values of <paramref name="x"/> into <paramref name="basis"/>.</summary>
    /// <param name="x">The value.</param>
    /// <param name="knots">The knots, strictly ascending, 3 or more.</param>
    /// <param name="basis">At least k − 1 values.</param>
    public static void Basis(double x, ReadOnlySpan<double> knots, Span<double> basis)
    {
        int k = knots.Length;
        double last = knots[k - 1];
        double penultimate = knots[k - 2];
        double scale = (last - knots[0]) * (last - knots[0]);
        basis[0] = x;
        for (int j = 0; j < k - 2; j++)
        {
            double t = knots[j];
            basis[j + 1] = (Cube(x - t)
                - (Cube(x - penultimate) * (last - t) / (last - penultimate))
                + (Cube(x - last) * (penultimate - t) / (last - penultimate))) / scale;
        }
    }

    private static double Cube(double v) => v > 0 ? v * v * v : 0;
}
