using Lantern.Core.Forecasting;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Forecasting;

public class ProspectiveHotspotMethodTests
{
    // One event in cell (10, 10), 10 days before the target: t = 1 whole week, so its own cell gets 1/(1+0) × 1/(1+1).
    [Theory]
    [InlineData(CellDistance.Chebyshev, 11, 11, 0.25)] // diagonal neighbour: d = 1
    [InlineData(CellDistance.Manhattan, 11, 11, 1.0 / 6)] // diagonal neighbour: d = 2
    [InlineData(CellDistance.Euclidean, 11, 11, 0.20710678118654752)] // d = √2: 1/((1+√2)·2)
    [InlineData(CellDistance.Chebyshev, 12, 11, 1.0 / 6)] // knight's move: d = 2
    [InlineData(CellDistance.Manhattan, 12, 11, 0.125)] // knight's move: d = 3
    [InlineData(CellDistance.Euclidean, 12, 11, 0.15450849718747373)] // d = √5
    [InlineData(CellDistance.Chebyshev, 10, 10, 0.5)] // the event's own cell
    public void Predict_OneEvent_WeighsDistanceInCells(CellDistance distance, int column, int row, double expected)
    {
        // The event sits near its cell's corner: distance is between cells, not points.
        ForecastEvents events = Events.Before((10 * 150 + 149, 10 * 150 + 149, 10, 1));

        RiskSurface risk = Events.Forecast(new ProspectiveHotspotMethod(bandwidthCells: 8, distance: distance), events);

        Assert.Equal(expected, risk.RiskOf(new(column, row)), 12);
    }

    [Theory]
    [InlineData(6.99, 1.0)] // 0 whole weeks
    [InlineData(7.0, 0.5)] // exactly 1 week
    [InlineData(13.99, 0.5)] // still 1 whole week
    [InlineData(55.99, 0.125)] // 7 whole weeks: inside an 8-week bandwidth
    [InlineData(56.0, 0.0)] // 8 whole weeks: the bandwidth is exclusive
    public void Predict_Age_CountsWholeWeeks(double daysBefore, double expected)
    {
        (double x, double y) = Events.Centre(10, 10);

        RiskSurface risk = Events.Forecast(new ProspectiveHotspotMethod(bandwidthCells: 8), Events.Before((x, y, daysBefore, 1)));

        Assert.Equal(expected, risk.RiskOf(new(10, 10)), 12);
    }

    [Fact]
    public void Predict_SpaceBandwidth_IsExclusive()
    {
        (double x, double y) = Events.Centre(10, 10);

        RiskSurface risk = Events.Forecast(new ProspectiveHotspotMethod(bandwidthCells: 3), Events.Before((x, y, 1, 1)));

        Assert.Equal(1.0 / 3, risk.RiskOf(new(12, 10)), 12);
        Assert.Equal(0, risk.RiskOf(new(13, 10)));
    }

    [Fact]
    public void Predict_EventAtTheTargetsStart_IsLeftOut()
    {
        (double x, double y) = Events.Centre(10, 10);

        RiskSurface risk = Events.Forecast(new ProspectiveHotspotMethod(), Events.Before((x, y, 0, 1), (x, y, 1.0 / 86400, 2)));

        Assert.Equal(2, risk.RiskOf(new(10, 10)), 12); // only the event a second before
    }

    [Fact]
    public void Predict_Defaults_Are400MetresAnd8WeeksRecorded()
    {
        (double x, double y) = Events.Centre(10, 10);

        RiskSurface risk = Events.Forecast(new ProspectiveHotspotMethod(), Events.Before((x, y, 1, 1)));

        // 400 m / 150 m = 2.67 cells: offsets 0, 1, 2 count.
        Assert.Equal(1.0 / 3, risk.RiskOf(new(12, 12)), 12);
        Assert.Equal(0, risk.RiskOf(new(13, 10)));
        Assert.Contains(risk.AutomaticChoices, c => c.Parameter == "BandwidthCells" && c.Value == "2.667");
        Assert.Contains(risk.AutomaticChoices, c => c.Parameter == "TimeBandwidth" && c.Value == "8 weeks");
    }

    [Fact]
    public void Predict_HarmWeighted_MultipliesByHarm()
    {
        (double x, double y) = Events.Centre(10, 10);

        RiskSurface risk = Events.Forecast(new ProspectiveHotspotMethod(bandwidthCells: 8), Events.Before((x, y, 1, 365), (x, y, 8, 2)));

        Assert.Equal(365 + 1, risk.RiskOf(new(10, 10)), 12);
    }

    [Fact]
    public void Predict_MonthData_LastMonthIsZeroWholeMonthsOld()
    {
        var target = ForecastTarget.Month(new YearMonth(2024, 5));
        ForecastEvents events = ForecastEvents.FromArrays(TimeResolution.Month, [75.0, 75], [75.0, 75],
            [new YearMonth(2024, 4).Index + 0.5, new YearMonth(2024, 3).Index + 0.5]);

        RiskSurface risk = new ProspectiveHotspotMethod(bandwidthCells: 2).Fit(events, Events.Grid, Events.Area, target).Predict(target);

        Assert.Equal(1 + 0.5, risk.RiskOf(new(0, 0)), 12); // April: 0 whole months; March: 1; 2 months is the default bandwidth
    }
}
