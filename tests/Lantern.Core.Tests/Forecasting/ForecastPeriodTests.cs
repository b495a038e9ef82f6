using Lantern.Core.Forecasting;

namespace Lantern.Core.Tests.Forecasting;

public class ForecastPeriodTests
{
    [Fact]
    public void In_WeeksOfTimestampedData_AreSevenDays() => Assert.Equal(56, ForecastPeriod.Weeks(8).In(TimeResolution.Timestamp));

    [Fact]
    public void In_MonthsOfTimestampedData_Throw() =>
        Assert.Throws<ArgumentException>(() => ForecastPeriod.Months(2).In(TimeResolution.Timestamp));

    [Fact]
    public void In_WeeksOfMonthData_Throw() => Assert.Throws<ArgumentException>(() => ForecastPeriod.Weeks(8).In(TimeResolution.Month));

    [Fact]
    public void Days_Zero_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => ForecastPeriod.Days(0));

    [Fact]
    public void Fit_WeeksOnMonthData_ThrowsAtFit()
    {
        var method = new ProspectiveHotspotMethod(timeBandwidth: ForecastPeriod.Weeks(8));
        ForecastEvents events = ForecastEvents.FromArrays(TimeResolution.Month, [0.0], [0.0], [24_288.5]);
        var target = ForecastTarget.Month(new Lantern.Core.Time.YearMonth(2024, 3));

        Assert.Throws<ArgumentException>(() => method.Fit(events, Events.Grid, Events.Area, target));
    }
}
