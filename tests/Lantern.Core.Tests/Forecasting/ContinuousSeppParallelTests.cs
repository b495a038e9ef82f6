using Lantern.Core.Forecasting;
using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Forecasting;

/// <summary>
/// The continuous SEPP fit runs in parallel: with one thread or several, the same seed and events must give the same fit,
/// bit for bit (candidate pairs, what the cap left out, θ, kernels and forecast).
/// </summary>
public class ContinuousSeppParallelTests
{
    private static readonly double s_start = new DateOnly(2020, 1, 1).DayNumber;
    private static readonly ForecastTarget s_target = ForecastTarget.Day(new DateOnly(2020, 1, 1).AddDays(200));
    private static readonly CellExtent s_area = new(0, 0, 40, 40);

    // About 5,700 events: several chunks of children (1,024 a chunk) and of places (256) in every parallel loop.
    private static readonly ForecastEvents s_events = HawkesSimulation.Run(20, 0.3, omega: 0.2, sigma: 50, 200, 3000, s_start, seed: 12);

    [Theory]
    [InlineData(null)] // every candidate parent
    [InlineData(20)] // a cap that binds for most children: the left-out samples are drawn in parallel too
    public void Fit_OneThreadOrSeveral_SameFitBitForBit(int? maxParents)
    {
        ContinuousSeppModel one = Fit(maxParents, threads: 1);
        RiskSurface expected = one.Predict(s_target);

        Assert.True(s_events.Count > 4 * 1024);
        foreach (int threads in new[] { 2, 3, -1 })
        {
            ContinuousSeppModel many = Fit(maxParents, threads);

            Assert.Equal(one.Theta, many.Theta);
            Assert.Equal(one.BackgroundCount, many.BackgroundCount);
            Assert.Equal(one.MeanTriggerDelay, many.MeanTriggerDelay);
            Assert.Equal(one.MeanTriggerDistance, many.MeanTriggerDistance);
            Assert.Equal(one.CandidatePairs, many.CandidatePairs);
            Assert.Equal(one.CappedChildren, many.CappedChildren);
            Assert.Equal(one.DroppedPairs, many.DroppedPairs);
            Assert.Equal(one.LostTriggerShare, many.LostTriggerShare);
            Assert.Equal(one.LostParentShare, many.LostParentShare);
            Assert.Equal(expected.Risk.ToArray(), many.Predict(s_target).Risk.ToArray());
        }
    }

    [Fact]
    public void Find_OneThreadOrSeveral_SamePairsAndCut()
    {
        (double[] x, double[] y, double[] t) = (s_events.Easting.ToArray(), s_events.Northing.ToArray(), s_events.Time.ToArray());
        var delay = new DelayKernel([1, 2, 3, 5, 8, 13], 2, 120);
        var offset = new OffsetKernel([-40, 0, 10, 25, 60], [5, -30, 0, 45, 10], 2, 500);

        TriggerPairs one = TriggerPairs.Find(x, y, t, 500, 120, 20, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        TriggerPairs many = TriggerPairs.Find(x, y, t, 500, 120, 20, new ParallelOptions { MaxDegreeOfParallelism = 2 });

        Assert.True(one.Cut.CappedChildren > 1000);
        Assert.Equal(one.Count, many.Count);
        Assert.Equal(one.Start, many.Start);
        Assert.Equal(one.Parent.AsSpan(0, one.Count).ToArray(), many.Parent.AsSpan(0, many.Count).ToArray());
        Assert.Equal(one.DelayBin.AsSpan(0, one.Count).ToArray(), many.DelayBin.AsSpan(0, many.Count).ToArray());
        Assert.Equal(one.OffsetBin.AsSpan(0, one.Count).ToArray(), many.OffsetBin.AsSpan(0, many.Count).ToArray());
        Assert.Equal(one.Cut.Lost(0.3, delay, offset), many.Cut.Lost(0.3, delay, offset));
    }

    private static ContinuousSeppModel Fit(int? maxParents, int threads) =>
        new ContinuousSeppMethod(seed: 7, maxParents: maxParents) { MaxDegreeOfParallelism = threads }.Fit(s_events, Events.Grid, s_area, s_target);
}
