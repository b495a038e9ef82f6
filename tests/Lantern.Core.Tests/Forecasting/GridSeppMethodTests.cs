using Lantern.Core.Forecasting;
using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Forecasting;

public class GridSeppMethodTests
{
    private const double Days = 1000;

    // Day 0 of the simulations: 1 January 2020; the target is the day after the simulated 1,000 days.
    private static readonly double s_start = new DateOnly(2020, 1, 1).DayNumber;
    private static readonly ForecastTarget s_target = ForecastTarget.Day(new DateOnly(2020, 1, 1).AddDays((int)Days));
    private static readonly CellExtent s_area = new(0, 0, 10, 10);

    // Background from 0.02 to 0.10 events a day across columns.
    private static double Mu(int column, int row) => 0.02 + (0.02 * (column % 5));

    [Fact]
    public void Fit_SimulatedWithKnownParameters_RecoversThetaOmegaAndMu()
    {
        ForecastEvents events = GridHawkesSimulation.Run(10, Mu, theta: 0.4, theta1: 0, omega: 0.5, Days, s_start, seed: 11);

        GridSeppModel model = new GridSeppMethod().Fit(events, Events.Grid, s_area, s_target);

        Assert.True(model.Converged);
        Assert.InRange(model.Theta, 0.35, 0.45);
        Assert.InRange(model.Omega, 0.42, 0.58);
        Assert.Equal(0, model.NeighbourTheta);
        for (int column = 0; column < 5; column++)
        {
            // Twenty cells share each true μ: their mean estimate is within 10%.
            double mean = Enumerable.Range(0, 10).SelectMany(r => new[] { column, column + 5 }.Select(c => model.BackgroundRate(new(c, r)))).Average();
            Assert.InRange(mean / Mu(column, 0), 0.9, 1.1);
        }
    }

    [Fact]
    public void Fit_NeighbourTriggering_RecoversBothThetas()
    {
        ForecastEvents events = GridHawkesSimulation.Run(10, Mu, theta: 0.2, theta1: 0.03, omega: 0.5, Days, s_start, seed: 12);

        GridSeppModel model = new GridSeppMethod(neighbourTriggering: true).Fit(events, Events.Grid, s_area, s_target);

        Assert.InRange(model.Theta, 0.15, 0.25);
        Assert.InRange(model.NeighbourTheta, 0.02, 0.04);
        Assert.InRange(model.Omega, 0.4, 0.6);
    }

    [Fact]
    public void Fit_NeighbourTriggeringWhereThereIsNone_FindsAlmostNone()
    {
        ForecastEvents events = GridHawkesSimulation.Run(10, Mu, theta: 0.4, theta1: 0, omega: 0.5, Days, s_start, seed: 13);

        GridSeppModel model = new GridSeppMethod(neighbourTriggering: true).Fit(events, Events.Grid, s_area, s_target);

        Assert.InRange(model.NeighbourTheta, 0, 0.008);
        Assert.InRange(model.Theta, 0.34, 0.46);
    }

    [Fact]
    public void Fit_NoTriggering_FindsThetaNearZero()
    {
        ForecastEvents events = GridHawkesSimulation.Run(10, Mu, theta: 0, theta1: 0, omega: 0.5, Days, s_start, seed: 14);

        GridSeppModel model = new GridSeppMethod().Fit(events, Events.Grid, s_area, s_target);

        Assert.InRange(model.Theta, 0, 0.03);
    }

    [Fact]
    public void Predict_Integrated_IsBackgroundTimesLengthPlusTriggeredShare()
    {
        // Three events in cell (2, 2) at 1, 2 and 5 days before the target, one in (7, 7) long ago.
        ForecastEvents events = Events.Before((375, 375, 1, 1), (375, 375, 2, 1), (375, 375, 5, 1), (1125, 1125, 300, 1));
        GridSeppModel model = new GridSeppMethod().Fit(events, Events.Grid, s_area, Events.Day);

        RiskSurface risk = model.Predict(Events.Day);

        double triggered = new[] { 1.0, 2, 5 }.Sum(a => model.Theta * (Math.Exp(-model.Omega * a) - Math.Exp(-model.Omega * (a + 1))));
        Assert.Equal((model.BackgroundRate(new(2, 2)) * 1) + triggered, risk.RiskOf(new(2, 2)), 12);
        Assert.Equal(0, risk.RiskOf(new(3, 3))); // no neighbour triggering, no events
    }

    [Fact]
    public void Predict_Instant_IsTheIntensityAtTheStart()
    {
        ForecastEvents events = Events.Before((375, 375, 1, 1), (375, 375, 2, 1), (375, 375, 5, 1), (1125, 1125, 300, 1));
        GridSeppModel model = new GridSeppMethod(intensity: SeppIntensity.Instant).Fit(events, Events.Grid, s_area, Events.Day);

        RiskSurface risk = model.Predict(Events.Day);

        double triggered = new[] { 1.0, 2, 5 }.Sum(a => model.Theta * model.Omega * Math.Exp(-model.Omega * a));
        Assert.Equal(model.BackgroundRate(new(2, 2)) + triggered, risk.RiskOf(new(2, 2)), 12);
    }

    [Fact]
    public void Predict_Harm_ScalesEachEventsShareByItsHarm()
    {
        ForecastEvents counts = GridHawkesSimulation.Run(10, Mu, theta: 0.4, theta1: 0, omega: 0.5, 200, s_start, seed: 15);
        ForecastEvents harmed = Events.WithHarm(counts, 10);
        var target = ForecastTarget.Day(new DateOnly(2020, 1, 1).AddDays(200));

        RiskSurface byCount = new GridSeppMethod().Fit(counts, Events.Grid, s_area, target).Predict(target);
        RiskSurface byHarm = new GridSeppMethod().Fit(harmed, Events.Grid, s_area, target).Predict(target);

        Events.AssertScaled(byCount, byHarm, 10);
    }

    [Fact]
    public void Fit_EventAtTheTargetsStart_IsNotUsed()
    {
        ForecastEvents events = Events.Before((375, 375, 1, 1), (375, 375, 0, 1));

        Assert.Equal(1, new GridSeppMethod().Fit(events, Events.Grid, s_area, Events.Day).EventCount);
    }

    [Fact]
    public void Fit_NoEvents_GivesZeroRisk()
    {
        RiskSurface risk = new GridSeppMethod().Fit(Events.Before(), Events.Grid, s_area, Events.Day).Predict(Events.Day);

        Assert.All(risk.Risk.ToArray(), r => Assert.Equal(0, r));
    }
}
