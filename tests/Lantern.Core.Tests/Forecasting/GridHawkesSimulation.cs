using Lantern.Core.Forecasting;

namespace Lantern.Core.Tests.Forecasting;

/// <summary>
/// Simulates the grid self-exciting model with known parameters on a square of cells of <see cref="Events.Grid"/>:
/// Poisson background per cell, each event triggering Poisson(θ) offspring in its cell and Poisson(θ₁) in each neighbouring
/// cell of the square, after exponential delays of rate ω (days).
/// </summary>
internal static class GridHawkesSimulation
{
    public static ForecastEvents Run(int side, Func<int, int, double> mu, double theta, double theta1, double omega, double days,
        double start, int seed)
    {
        var random = new Random(seed);
        var x = new List<double>();
        var y = new List<double>();
        var t = new List<double>();
        var queue = new Queue<(int Column, int Row, double Time)>();
        for (int r = 0; r < side; r++)
        {
            for (int c = 0; c < side; c++)
            {
                int count = Poisson(random, mu(c, r) * days);
                for (int k = 0; k < count; k++)
                {
                    queue.Enqueue((c, r, random.NextDouble() * days));
                }
            }
        }

        while (queue.Count > 0)
        {
            (int column, int row, double time) = queue.Dequeue();
            x.Add((column + random.NextDouble()) * 150);
            y.Add((row + random.NextDouble()) * 150);
            t.Add(start + time);
            for (int dr = -1; dr <= 1; dr++)
            {
                for (int dc = -1; dc <= 1; dc++)
                {
                    int c = column + dc, r = row + dr;
                    if (c < 0 || r < 0 || c >= side || r >= side)
                    {
                        continue;
                    }

                    int children = Poisson(random, dr == 0 && dc == 0 ? theta : theta1);
                    for (int k = 0; k < children; k++)
                    {
                        double at = time - (Math.Log(1 - random.NextDouble()) / omega);
                        if (at < days)
                        {
                            queue.Enqueue((c, r, at));
                        }
                    }
                }
            }
        }

        return ForecastEvents.FromArrays(TimeResolution.Timestamp, [.. x], [.. y], [.. t]);
    }

    public static int Poisson(Random random, double mean)
    {
        if (mean > 50)
        {
            // Normal approximation for large means (background counts only).
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
            double z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * z)));
        }

        double limit = Math.Exp(-mean), p = 1;
        int k = -1;
        do
        {
            k++;
            p *= random.NextDouble();
        }
        while (p > limit);
        return k;
    }
}
