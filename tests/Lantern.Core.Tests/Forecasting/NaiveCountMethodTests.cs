using Lantern.Core.Forecasting;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Forecasting;

public class NaiveCountMethodTests
{
    [Fact]
    public void Predict_AllHistory_CountsEventsPerCell()
    {
        (double x, double y) = Events.Centre(3, 4);
        ForecastEvents events = Events.Before((x, y, 1, 1), (x + 70, y - 70, 400, 1), (Events.Centre(5, 5).X, Events.Centre(5, 5).Y, 2, 1));

        RiskSurface risk = Events.Forecast(new NaiveCountMethod(), events);

        Assert.Equal(2, risk.RiskOf(new(3, 4)));
        Assert.Equal(1, risk.RiskOf(new(5, 5)));
        Assert.Equal(3, risk.Risk.ToArray().Sum());
    }

    [Fact]
    public void Predict_Window_CountsOnlyTheWindow()
    {
        (double x, double y) = Events.Centre(3, 4);
        ForecastEvents events = Events.Before((x, y, 6.99, 1), (x, y, 7, 1), (x, y, 7.01, 1));

        RiskSurface risk = Events.Forecast(new NaiveCountMethod(ForecastPeriod.Weeks(1)), events);

        Assert.Equal(2, risk.RiskOf(new(3, 4))); // 7 days back is inside [start − 7 days, start)
    }

    [Fact]
    public void Predict_EventAtTheTargetsStart_IsNotBeforeIt()
    {
        (double x, double y) = Events.Centre(3, 4);
        ForecastEvents events = Events.Before((x, y, 0, 1), (x, y, 1e-7, 1));

        Assert.Equal(1, Events.Forecast(new NaiveCountMethod(), events).RiskOf(new(3, 4)));
    }

    [Fact]
    public void Predict_Harm_SumsWeights()
    {
        (double x, double y) = Events.Centre(3, 4);
        ForecastEvents events = Events.Before((x, y, 1, 2555), (x, y, 2, 2));

        Assert.Equal(2557, Events.Forecast(new NaiveCountMethod(), events).RiskOf(new(3, 4)));
    }

    [Fact]
    public void Predict_EventOutsideTheArea_IsLeftOut()
    {
        ForecastEvents events = Events.Before((-10, 75, 1, 1));

        Assert.Equal(0, Events.Forecast(new NaiveCountMethod(), events).Risk.ToArray().Sum());
    }

    [Fact]
    public void Predict_MonthData_WindowOfThreeMonthsCountsTheThreeBefore()
    {
        var target = ForecastTarget.Month(new YearMonth(2024, 5));
        double[] months = [.. Enumerable.Range(0, 6).Select(m => new YearMonth(2024, 1).Index + m + 0.5)]; // Jan .. Jun
        ForecastEvents events = ForecastEvents.FromArrays(TimeResolution.Month, new double[6], new double[6], months);

        RiskSurface risk = new NaiveCountMethod(ForecastPeriod.Months(3)).Fit(events, Events.Grid, Events.Area, target).Predict(target);

        Assert.Equal(3, risk.RiskOf(new(0, 0))); // Feb, Mar, Apr; not Jan (too old), May (the target) or Jun
    }

    [Fact]
    public void Predict_TargetBeforeTheFit_Throws()
    {
        IForecastModel model = new NaiveCountMethod().Fit(Events.Before(), Events.Grid, Events.Area, Events.Day);

        Assert.Throws<ArgumentException>(() => model.Predict(ForecastTarget.Day(new DateOnly(2024, 3, 10))));
    }
}
