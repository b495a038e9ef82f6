using Lantern.Core.Forecasting;

namespace Lantern.Core.Tests.Forecasting;

/// <summary>
/// Simulates a continuous self-exciting process with known parameters: background events uniform over a square (half of
/// them) and in a Gaussian blob around its centre (the other half), each event triggering Poisson(θ) children after
/// exponential delays of rate ω (per day) at Gaussian offsets of σ metres per axis.
/// </summary>
internal static class HawkesSimulation
{
    public static ForecastEvents Run(double backgroundPerDay, double theta, double omega, double sigma, double days, double side,
        double start, int seed)
    {
        var random = new Random(seed);
        var x = new List<double>();
        var y = new List<double>();
        var t = new List<double>();
        var queue = new Queue<(double X, double Y, double T)>();
        int count = GridHawkesSimulation.Poisson(random, backgroundPerDay * days);
        for (int k = 0; k < count; k++)
        {
            (double bx, double by) = k % 2 == 0
                ? (random.NextDouble() * side, random.NextDouble() * side)
                : ((side / 2) + (side / 10 * Normal(random)), (side / 2) + (side / 10 * Normal(random)));
            queue.Enqueue((bx, by, random.NextDouble() * days));
        }

        while (queue.Count > 0)
        {
            (double ex, double ey, double et) = queue.Dequeue();
            x.Add(ex);
            y.Add(ey);
            t.Add(start + et);
            int children = GridHawkesSimulation.Poisson(random, theta);
            for (int k = 0; k < children; k++)
            {
                double at = et - (Math.Log(1 - random.NextDouble()) / omega);
                if (at < days)
                {
                    queue.Enqueue((ex + (sigma * Normal(random)), ey + (sigma * Normal(random)), at));
                }
            }
        }

        return ForecastEvents.FromArrays(TimeResolution.Timestamp, [.. x], [.. y], [.. t]);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
