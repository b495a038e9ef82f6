namespace Lantern.Core.Forecasting;

/// <summary>
/// exp(−q/2) for q = d²/σ² in [0, <see cref="Limit"/>] by linear interpolation in a table (error below 3·10⁻⁶): the
/// background loops of stochastic declustering evaluate it millions of times an iteration.
/// </summary>
internal static class GaussianTable
{
    /// <summary>The largest q held: 3σ.</summary>
    public const double Limit = 9;

    private const int Steps = 1024;
    private static readonly double[] s_values = Build();

    /// <summary>exp(−q/2) for 0 ≤ q ≤ <see cref="Limit"/>; 0 beyond.</summary>
    public static double At(double q)
    {
        double position = q * (Steps / Limit);
        int i = (int)position;
        if ((uint)i >= Steps)
        {
            return q <= Limit ? s_values[Steps] : 0;
        }

        double a = s_values[i];
        return a + ((position - i) * (s_values[i + 1] - a));
    }

    private static double[] Build()
    {
        double[] values = new double[Steps + 1];
        for (int i = 0; i <= Steps; i++)
        {
            values[i] = Math.Exp(-0.5 * i * Limit / Steps);
        }

        return values;
    }
}
