using Lantern.Core.Forecasting;
using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Forecasting;

public class ContinuousSeppMethodTests
{
    private const double Days = 365;

    private static readonly double s_start = new DateOnly(2020, 1, 1).DayNumber;
    private static readonly ForecastTarget s_target = ForecastTarget.Day(new DateOnly(2020, 1, 1).AddDays((int)Days));

    // A 6 km square on 150 m cells.
    private static readonly CellExtent s_area = new(0, 0, 40, 40);

    [Theory]
    [InlineData(0.3, 1)] // the typical near-repeat share
    [InlineData(0.5, 5)] // strong self-excitation
    public void Fit_SimulatedWithKnownParameters_RecoversTheta(double theta, int seed)
    {
        // 5 background events a day for a year, children after a mean of 5 days at Gaussian offsets of 50 m per axis.
        ForecastEvents events = HawkesSimulation.Run(5, theta, omega: 0.2, sigma: 50, Days, 6000, s_start, seed);

        ContinuousSeppModel model = new ContinuousSeppMethod().Fit(events, Events.Grid, s_area, s_target);

        Assert.InRange(model.Theta, theta - 0.06, theta + 0.06);
        Assert.InRange(model.BackgroundCount, events.Count * (1 - theta - 0.06), events.Count * (1 - theta + 0.06));
    }

    [Fact]
    public void Fit_SimulatedWithKnownParameters_FindsTheTriggeringScales()
    {
        // The true mean delay is 5 days (a little less is observable before the end) and the mean distance 50·√(π/2) = 63 m.
        // Declustering mistakes some background pairs for triggering and smooths the kernels, so the tolerances are wide.
        ForecastEvents events = HawkesSimulation.Run(5, 0.3, omega: 0.2, sigma: 50, Days, 6000, s_start, seed: 2);

        ContinuousSeppModel model = new ContinuousSeppMethod().Fit(events, Events.Grid, s_area, s_target);

        Assert.InRange(model.MeanTriggerDelay, 3.5, 6.0);
        Assert.InRange(model.MeanTriggerDistance, 50, 95);
    }

    [Fact]
    public void Fit_NoTriggering_FindsThetaNearZero()
    {
        ForecastEvents events = HawkesSimulation.Run(5, 0, omega: 0.2, sigma: 50, Days, 6000, s_start, seed: 3);

        ContinuousSeppModel model = new ContinuousSeppMethod().Fit(events, Events.Grid, s_area, s_target);

        Assert.InRange(model.Theta, 0, 0.03);
    }

    [Fact]
    public void Predict_SameSeed_SameForecast()
    {
        ForecastEvents events = HawkesSimulation.Run(5, 0.3, omega: 0.2, sigma: 50, 120, 6000, s_start, seed: 4);
        var target = ForecastTarget.Day(new DateOnly(2020, 1, 1).AddDays(120));

        RiskSurface first = new ContinuousSeppMethod(seed: 9).Fit(events, Events.Grid, s_area, target).Predict(target);
        RiskSurface again = new ContinuousSeppMethod(seed: 9).Fit(events, Events.Grid, s_area, target).Predict(target);

        Assert.Equal(first.Risk.ToArray(), again.Risk.ToArray());
    }

    [Fact]
    public void Predict_Harm_ScalesEachEventsShareByItsHarm()
    {
        ForecastEvents counts = HawkesSimulation.Run(5, 0.3, omega: 0.2, sigma: 50, 120, 6000, s_start, seed: 6);
        ForecastEvents harmed = Events.WithHarm(counts, 10);
        var target = ForecastTarget.Day(new DateOnly(2020, 1, 1).AddDays(120));

        RiskSurface byCount = new ContinuousSeppMethod().Fit(counts, Events.Grid, s_area, target).Predict(target);
        RiskSurface byHarm = new ContinuousSeppMethod().Fit(harmed, Events.Grid, s_area, target).Predict(target);

        Events.AssertScaled(byCount, byHarm, 10);
    }

    [Fact]
    public void Predict_Integrated_IsAboutTheExpectedNumberOfEvents()
    {
        // Background 5 a day over the square, θ = 0.3: about 5/(1 − 0.3) ≈ 7 events a day, less what the kernels spread
        // beyond the square's edges.
        ForecastEvents events = HawkesSimulation.Run(5, 0.3, omega: 0.2, sigma: 50, Days, 6000, s_start, seed: 7);

        RiskSurface risk = new ContinuousSeppMethod().Fit(events, Events.Grid, s_area, s_target).Predict(s_target);

        Assert.InRange(risk.Risk.ToArray().Sum(), 5.5, 7.5);
    }

    [Fact]
    public void Predict_ARecentEvent_RaisesItsCellAboveTheBackground()
    {
        // A quiet background, then an event an hour before the target: its cell's risk comes mostly from triggering.
        ForecastEvents history = HawkesSimulation.Run(5, 0.3, omega: 0.2, sigma: 50, Days, 6000, s_start, seed: 8);
        double[] x = [.. history.Easting.ToArray(), 75];
        double[] y = [.. history.Northing.ToArray(), 75];
        double[] t = [.. history.Time.ToArray(), s_target.Start - (1.0 / 24)];
        ForecastEvents events = ForecastEvents.FromArrays(TimeResolution.Timestamp, x, y, t);

        ContinuousSeppModel with = new ContinuousSeppMethod().Fit(events, Events.Grid, s_area, s_target);
        ContinuousSeppModel without = new ContinuousSeppMethod().Fit(history, Events.Grid, s_area, s_target);

        Assert.True(with.Predict(s_target).RiskOf(new(0, 0)) > 2 * without.Predict(s_target).RiskOf(new(0, 0)));
    }

    [Fact]
    public void Fit_EventAtTheTargetsStart_IsNotUsed()
    {
        ForecastEvents events = Events.Before((375, 375, 1, 1), (375, 375, 0, 1));

        Assert.Equal(1, new ContinuousSeppMethod().Fit(events, Events.Grid, s_area, Events.Day).EventCount);
    }

    [Fact]
    public void Fit_NoEvents_GivesZeroRisk()
    {
        RiskSurface risk = new ContinuousSeppMethod().Fit(Events.Before(), Events.Grid, s_area, Events.Day).Predict(Events.Day);

        Assert.All(risk.Risk.ToArray(), r => Assert.Equal(0, r));
    }
}
