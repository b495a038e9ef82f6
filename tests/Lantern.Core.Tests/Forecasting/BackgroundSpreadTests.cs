using Lantern.Core.Forecasting;

namespace Lantern.Core.Tests.Forecasting;

/// <summary>The background kernels spread through bucket grids of doubling sizes, in stretches of places.</summary>
public class BackgroundSpreadTests
{
    [Theory]
    [InlineData(1)] // one thread
    [InlineData(2)] // stretches in parallel
    public void Spread_ClusteredAndSparsePlaces_EverySumOfKernelsWithinReach(int threads)
    {
        // Tight clusters with small σ beside sparse ground with large σ: kernels at every level of the grids, reaching across
        // the stretches' edges (each stretch a band of bucket rows).
        var random = new Random(5);
        int n = 3000;
        double[] x = new double[n], y = new double[n], sigma = new double[n];
        int[] events = new int[n];
        for (int u = 0; u < n; u++)
        {
            bool cluster = u % 3 == 0;
            (x[u], y[u]) = cluster
                ? (1000 + (400 * (u % 5)) + (20 * random.NextDouble()), 1500 + (300 * (u % 7)) + (20 * random.NextDouble()))
                : (5000 * random.NextDouble(), 5000 * random.NextDouble());
            sigma[u] = cluster ? 5 + (10 * random.NextDouble()) : 30 + (400 * random.NextDouble());
            events[u] = random.Next(4) == 0 ? 0 : random.Next(1, 4);
        }

        var levels = new PointGridLevels(x, y, 10, 2000);
        double[] density = new double[n];
        new BackgroundSpread(x, y, levels, levels.NearbyOrder(200).ToArray()).Spread(events, sigma, 2.0, density, new ParallelOptions { MaxDegreeOfParallelism = threads });

        int reached = 0;
        for (int q = 0; q < n; q++)
        {
            double expected = 0;
            for (int u = 0; u < n; u++)
            {
                double ex = x[q] - x[u], ey = y[q] - y[u], reach = ContinuousSeppFit.BackgroundSigmas * sigma[u];
                double d2 = (ex * ex) + (ey * ey);
                if (events[u] > 0 && d2 <= reach * reach)
                {
                    expected += events[u] / (2 * Math.PI * sigma[u] * sigma[u] * 2.0) * Math.Exp(-0.5 * d2 / (sigma[u] * sigma[u]));
                    reached++;
                }
            }

            Assert.Equal(expected, density[q], expected * 1e-12); // summed in another order, with a vectorised exp
        }

        Assert.True(reached > 20 * n); // kernels overlap many places, not only their own
    }
}
