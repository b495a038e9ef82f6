using Lantern.Core.Crimes;
using Lantern.Core.Forecasting;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Forecasting;

public class ForecastEventsTests
{
    [Fact]
    public void FromCrimes_Timestamped_TimeIsTheWindowsMiddleAndKnownAtItsEnd()
    {
        var b = new CrimePointsBuilder();
        b.Add(100, 200, CrimeCategory.Burglary, 220, new YearMonth(2024, 3), new DateTime(2024, 3, 8, 18, 0, 0), new DateTime(2024, 3, 11, 6, 0, 0));
        b.Add(300, 400, CrimeCategory.Robbery, 365, new YearMonth(2024, 3), new DateTime(2024, 3, 1, 12, 0, 0), null);
        b.Add(500, 600, CrimeCategory.Drugs, 3.5, new YearMonth(2024, 3)); // month only: left out at timestamp resolution

        ForecastEvents events = ForecastEvents.FromCrimes(b.Build(), TimeResolution.Timestamp, EventWeighting.Harm);

        Assert.Equal(2, events.Count);
        Assert.Equal(1, events.LeftOut);
        double day = new DateOnly(2024, 3, 1).DayNumber;
        Assert.Equal(day + 0.5, events.Time[0], 9); // the robbery, an instant, sorts first
        Assert.Equal(day + 0.5, events.KnownAt[0], 9);
        Assert.Equal(new DateOnly(2024, 3, 10).DayNumber, events.Time[1], 9); // 8 Mar 18:00 .. 11 Mar 06:00: middle 10 Mar 00:00
        Assert.Equal(new DateOnly(2024, 3, 11).DayNumber + 0.25, events.KnownAt[1], 9);
        Assert.Equal(new[] { 365.0, 220.0 }, events.Weight.ToArray());
    }

    [Fact]
    public void FromCrimes_Month_TimeIsTheMonthsMiddleAndCountWeighsOne()
    {
        var b = new CrimePointsBuilder();
        b.Add(100, 200, CrimeCategory.Burglary, 220, new YearMonth(2024, 3));
        b.Add(100, 200, CrimeCategory.Burglary, 220, new YearMonth(2024, 1));

        ForecastEvents events = ForecastEvents.FromCrimes(b.Build(), TimeResolution.Month, EventWeighting.Count);

        Assert.Equal(new[] { new YearMonth(2024, 1).Index + 0.5, new YearMonth(2024, 3).Index + 0.5 }, events.Time.ToArray());
        Assert.Equal(new[] { 1.0, 1.0 }, events.Weight.ToArray());
    }

    [Fact]
    public void Forecast_BurglaryKnownOnlyOnTheTargetDay_IsNotUsed()
    {
        // The window ends at 06:00 on the target day: the burglary happened (middle of the window) before the day but was not
        // known by its start, so it must not inform the forecast.
        var b = new CrimePointsBuilder();
        b.Add(75, 75, CrimeCategory.Burglary, 1, new YearMonth(2024, 3), new DateTime(2024, 3, 8, 18, 0, 0), new DateTime(2024, 3, 11, 6, 0, 0));
        ForecastEvents events = ForecastEvents.FromCrimes(b.Build(), TimeResolution.Timestamp, EventWeighting.Count);

        Assert.Equal(0, Events.Forecast(new NaiveCountMethod(), events).RiskOf(new(0, 0)));
        var nextDay = ForecastTarget.Day(new DateOnly(2024, 3, 12));
        Assert.Equal(1, new NaiveCountMethod().Fit(events, Events.Grid, Events.Area, nextDay).Predict(nextDay).RiskOf(new(0, 0)));
    }

    [Fact]
    public void FromArrays_NegativeWeight_Throws()
    {
        Assert.Throws<ArgumentException>(() => ForecastEvents.FromArrays(TimeResolution.Timestamp, [1.0], [1.0], [1.0], [-1.0]));
    }

    [Fact]
    public void FromArrays_EqualTimes_KeepInputOrder()
    {
        ForecastEvents events = ForecastEvents.FromArrays(TimeResolution.Timestamp, [1.0, 2, 3, 4], [0.0, 0, 0, 0], [5.0, 1, 5, 5]);

        Assert.Equal(new[] { 2.0, 1, 3, 4 }, events.Easting.ToArray());
    }
}
