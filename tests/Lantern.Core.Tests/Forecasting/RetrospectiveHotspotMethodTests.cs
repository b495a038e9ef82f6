using Lantern.Core.Forecasting;

namespace Lantern.Core.Tests.Forecasting;

public class RetrospectiveHotspotMethodTests
{
    [Fact]
    public void Predict_Quartic_IsTheKernelAtCellCentres()
    {
        // One event at the centre of (10, 10), h = 300 m: the cell east is 150 m away, (1 − 1/4)² of the peak; two cells
        // east is at the bandwidth: 0.
        (double x, double y) = Events.Centre(10, 10);
        RiskSurface risk = Events.Forecast(new RetrospectiveHotspotMethod(bandwidthMetres: 300), Events.Before((x, y, 3, 1)));

        double peak = 3 / (Math.PI * 300 * 300);
        Assert.Equal(peak, risk.RiskOf(new(10, 10)), 15);
        Assert.Equal(peak * 0.5625, risk.RiskOf(new(11, 10)), 15);
        Assert.Equal(0, risk.RiskOf(new(12, 10)));
    }

    [Fact]
    public void Predict_TruncatedGaussian_IsExpOfScaledDistanceCutAtTheBandwidth()
    {
        // h = 300 m = 3 sd, so sd = 100 m: 150 m away is exp(−1.125); 300 m away is exp(−4.5), on the edge and kept; 318 m is cut.
        (double x, double y) = Events.Centre(10, 10);
        RiskSurface risk = Events.Forecast(new RetrospectiveHotspotMethod(SpatialKernel.TruncatedGaussian, 300), Events.Before((x, y, 3, 2)));

        Assert.Equal(2, risk.RiskOf(new(10, 10)), 12);
        Assert.Equal(2 * Math.Exp(-1.125), risk.RiskOf(new(11, 10)), 12);
        Assert.Equal(2 * Math.Exp(-4.5), risk.RiskOf(new(12, 10)), 12);
        Assert.Equal(0, risk.RiskOf(new(12, 11)));
    }

    [Fact]
    public void Predict_Window_IgnoresOlderEventsAndTimesInside()
    {
        (double x, double y) = Events.Centre(10, 10);
        var method = new RetrospectiveHotspotMethod(bandwidthMetres: 300, window: ForecastPeriod.Weeks(8));

        RiskSurface risk = Events.Forecast(method, Events.Before((x, y, 1, 1), (x, y, 55, 1), (x, y, 57, 1)));

        Assert.Equal(2 * 3 / (Math.PI * 300 * 300), risk.RiskOf(new(10, 10)), 15);
    }

    [Fact]
    public void Predict_EventJustOutsideTheArea_ReachesCellsInside()
    {
        RiskSurface risk = Events.Forecast(new RetrospectiveHotspotMethod(bandwidthMetres: 300), Events.Before((-75, 75, 1, 1)));

        Assert.True(risk.RiskOf(new(0, 0)) > 0);
    }
}
