using Lantern.Core.Forecasting;
using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Forecasting;

/// <summary>The cap on candidate parents a child of the continuous SEPP: what it keeps, what it records as left out.</summary>
public class TriggerPairsCapTests
{
    private static readonly double s_start = new DateOnly(2020, 1, 1).DayNumber;
    private static readonly CellExtent s_area = new(0, 0, 40, 40);

    [Fact]
    public void Find_EventsAtOnePlace_KeepsTheKMostRecentAndCountsTheRest()
    {
        // 40 events at one place a day apart: event j has j candidate parents, all within the cut-offs.
        double[] x = new double[40], y = new double[40], t = new double[40];
        for (int j = 0; j < 40; j++)
        {
            t[j] = j;
        }

        TriggerPairs pairs = TriggerPairs.Find(x, y, t, 500, 120, maxParents: 10);

        Assert.Equal(29, pairs.Cut.CappedChildren); // events 11..39
        Assert.Equal(Enumerable.Range(11, 29).Sum(j => j - 10), pairs.Cut.DroppedPairs, 6); // every sample is a pair: exact
        for (int j = 0; j < 40; j++)
        {
            int[] parents = pairs.Parent[pairs.Start[j]..pairs.Start[j + 1]];
            Assert.Equal(Enumerable.Range(Math.Max(0, j - 10), Math.Min(j, 10)).Reverse(), parents); // shortest delay first
        }
    }

    [Fact]
    public void Find_CapNotBinding_SamePairsInTheSameOrderAsWithoutACap()
    {
        ForecastEvents events = HawkesSimulation.Run(5, 0.3, omega: 0.2, sigma: 50, 365, 6000, s_start, seed: 11);
        (double[] x, double[] y, double[] t) = (events.Easting.ToArray(), events.Northing.ToArray(), events.Time.ToArray());
        TriggerPairs all = TriggerPairs.Find(x, y, t, 500, 120, int.MaxValue);
        int most = Enumerable.Range(0, t.Length).Max(j => all.Start[j + 1] - all.Start[j]);

        // At the largest count the cap binds for no child, though many have more events in their buckets' time windows.
        TriggerPairs capped = TriggerPairs.Find(x, y, t, 500, 120, most);
        TriggerPairs tighter = TriggerPairs.Find(x, y, t, 500, 120, most - 1);

        Assert.Equal(0, capped.Cut.CappedChildren);
        Assert.Equal(all.Start, capped.Start);
        Assert.Equal(all.Parent.AsSpan(0, all.Count).ToArray(), capped.Parent.AsSpan(0, capped.Count).ToArray());
        Assert.Equal(all.DelayBin.AsSpan(0, all.Count).ToArray(), capped.DelayBin.AsSpan(0, capped.Count).ToArray());
        Assert.Equal(all.OffsetBin.AsSpan(0, all.Count).ToArray(), capped.OffsetBin.AsSpan(0, capped.Count).ToArray());
        Assert.Equal(Enumerable.Range(0, t.Length).Count(j => all.Start[j + 1] - all.Start[j] == most), tighter.Cut.CappedChildren);
    }

    [Fact]
    public void Lost_CapBinding_EstimatesTheTriggeringOnTheLeftOutPairs()
    {
        // The exact triggering on the pairs the cap left out (every pair less the kept ones) beside the cut's estimate from
        // its samples, with kernels like a fit's: delays of a few days, offsets of about 50 m.
        ForecastEvents events = HawkesSimulation.Run(20, 0.3, omega: 0.2, sigma: 50, 200, 3000, s_start, seed: 12);
        (double[] x, double[] y, double[] t) = (events.Easting.ToArray(), events.Northing.ToArray(), events.Time.ToArray());
        var random = new Random(3);
        double[] delays = [.. Enumerable.Range(0, 500).Select(_ => -5 * Math.Log(1 - random.NextDouble()))];
        double[] dx = [.. Enumerable.Range(0, 500).Select(_ => (random.NextDouble() - 0.5) * 150)];
        double[] dy = [.. Enumerable.Range(0, 500).Select(_ => (random.NextDouble() - 0.5) * 150)];
        var delay = new DelayKernel(delays, 15, 120);
        var offset = new OffsetKernel(dx, dy, 15, 500);
        TriggerPairs all = TriggerPairs.Find(x, y, t, 500, 120, int.MaxValue);
        TriggerPairs capped = TriggerPairs.Find(x, y, t, 500, 120, 20);

        double exact = Sum(all, delay, offset) - Sum(capped, delay, offset);
        double estimated = capped.Cut.Lost(1, delay, offset).Sum(c => c.Lost);

        Assert.True(capped.Cut.CappedChildren > 1000);
        Assert.True(exact > 0.05 * Sum(all, delay, offset)); // the cap binds hard enough to matter
        Assert.InRange(estimated, 0.9 * exact, 1.1 * exact);
        Assert.InRange(capped.Cut.DroppedPairs, 0.95 * (all.Count - capped.Count), 1.05 * (all.Count - capped.Count));
    }

    [Fact]
    public void Fit_CapNotBinding_SameForecastAsWithoutACap()
    {
        ForecastEvents events = HawkesSimulation.Run(5, 0.3, omega: 0.2, sigma: 50, 365, 6000, s_start, seed: 11);
        var target = ForecastTarget.Day(new DateOnly(2021, 1, 1));
        TriggerPairs all = TriggerPairs.Find(events.Easting.ToArray(), events.Northing.ToArray(), events.Time.ToArray(), 500, 120, int.MaxValue);
        int most = Enumerable.Range(0, events.Count).Max(j => all.Start[j + 1] - all.Start[j]);

        ContinuousSeppModel capped = new ContinuousSeppMethod(maxParents: most).Fit(events, Events.Grid, s_area, target);
        ContinuousSeppModel uncapped = new ContinuousSeppMethod(maxParents: null).Fit(events, Events.Grid, s_area, target);

        Assert.Equal(0, capped.CappedChildren);
        Assert.Equal(0, capped.LostTriggerShare);
        Assert.Equal(uncapped.Theta, capped.Theta);
        Assert.Equal(uncapped.Predict(target).Risk.ToArray(), capped.Predict(target).Risk.ToArray());
    }

    [Fact]
    public void Fit_CapBinding_RecordsWhatItLeftOut()
    {
        ForecastEvents events = HawkesSimulation.Run(20, 0.3, omega: 0.2, sigma: 50, 200, 3000, s_start, seed: 12);
        var target = ForecastTarget.Day(new DateOnly(2020, 1, 1).AddDays(200));

        ContinuousSeppModel model = new ContinuousSeppMethod(maxParents: 20).Fit(events, Events.Grid, s_area, target);
        string parameters = model.Predict(target).Parameters;

        Assert.Equal(20, model.MaxParents);
        Assert.True(model.CappedChildren > 1000);
        Assert.InRange(model.LostTriggerShare, 0.001, 1);
        Assert.InRange(model.LostParentShare, 0.0001, model.LostTriggerShare);
        Assert.Contains("max parents 20", parameters);
        Assert.Contains($"cap bound for {model.CappedChildren} children", parameters);
    }

    private static double Sum(TriggerPairs pairs, DelayKernel delay, OffsetKernel offset)
    {
        double sum = 0;
        for (int p = 0; p < pairs.Count; p++)
        {
            sum += delay.AtBin(pairs.DelayBin[p]) * offset.AtBin(pairs.OffsetBin[p]);
        }

        return sum;
    }
}
