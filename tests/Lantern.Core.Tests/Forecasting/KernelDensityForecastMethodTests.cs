using Lantern.Core.Forecasting;

namespace Lantern.Core.Tests.Forecasting;

public class KernelDensityForecastMethodTests
{
    private static double Peak(double sigma) => 1 / (2 * Math.PI * sigma * sigma);

    [Theory]
    [InlineData(TimeDecay.Exponential, 0.36787944117144233)] // one scale old: e^−1
    [InlineData(TimeDecay.Quadratic, 0.5)] // 1/(1 + 1²)
    [InlineData(TimeDecay.None, 1.0)] // no decay
    public void Predict_Decay_WeighsByAge(TimeDecay decay, double factor)
    {
        (double x, double y) = Events.Centre(10, 10);
        var method = new KernelDensityForecastMethod(decay, ForecastPeriod.Days(14), bandwidthMetres: 100);

        RiskSurface risk = Events.Forecast(method, Events.Before((x, y, 14, 1)));

        Assert.Equal(factor * Peak(100), risk.RiskOf(new(10, 10)), 15);
        Assert.Equal(factor * Peak(100) * Math.Exp(-1.125), risk.RiskOf(new(11, 10)), 15); // 150 m = 1.5 σ
    }

    [Fact]
    public void Predict_NearestNeighbour_UsesEachEventsDistanceToItsKthNeighbour()
    {
        // Event A at (10, 10)'s centre; B 300 m east, C 400 m north of A. With k = 1, σ_A = 300 m, σ_B = 300 m, σ_C = 400 m.
        (double x, double y) = Events.Centre(10, 10);
        var method = new KernelDensityForecastMethod(TimeDecay.None, nearestNeighbours: 1);

        RiskSurface risk = Events.Forecast(method, Events.Before((x, y, 1, 1), (x + 300, y, 1, 1), (x, y + 400, 1, 1)));

        double expected = Peak(300) + (Peak(300) * Math.Exp(-0.5)) + (Peak(400) * Math.Exp(-0.5));
        Assert.Equal(expected, risk.RiskOf(new(10, 10)), 15);
    }

    [Fact]
    public void Predict_StackedEvents_RaiseSigmaToHalfACell()
    {
        (double x, double y) = Events.Centre(10, 10);
        var method = new KernelDensityForecastMethod(TimeDecay.None, nearestNeighbours: 1);

        RiskSurface risk = Events.Forecast(method, Events.Before((x, y, 1, 1), (x, y, 2, 1)));

        Assert.Equal(2 * Peak(75), risk.RiskOf(new(10, 10)), 15);
        Assert.Single(risk.Notes);
    }

    [Fact]
    public void Predict_NoBandwidth_ChoosesScottsRuleAndRecordsIt()
    {
        // Four events at the corners of a 600 m square, equal weight: var x = var y = 300², n_eff = 4, σ = 4^(−1/6) × 300.
        (double x, double y) = Events.Centre(10, 10);
        var method = new KernelDensityForecastMethod(TimeDecay.None);

        RiskSurface risk = Events.Forecast(method, Events.Before((x, y, 1, 1), (x + 600, y, 1, 1), (x, y + 600, 1, 1), (x + 600, y + 600, 1, 1)));

        double sigma = Math.Pow(4, -1.0 / 6) * 300;
        Assert.Contains(risk.AutomaticChoices, c => c.Parameter == "BandwidthMetres" && c.Value == sigma.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
        double d2 = 600 * 600;
        double expected = Peak(sigma) * (1 + (2 * Math.Exp(-d2 / (2 * sigma * sigma))) + Math.Exp(-2 * d2 / (2 * sigma * sigma)));
        Assert.Equal(expected, risk.RiskOf(new(10, 10)), 15);
    }

    [Fact]
    public void Predict_SamplesPerSide_AveragesInsideTheCell()
    {
        // 2 × 2 points at ±37.5 m from the centre: each is √2 × 37.5 m from an event at the centre.
        (double x, double y) = Events.Centre(10, 10);
        var method = new KernelDensityForecastMethod(TimeDecay.None, bandwidthMetres: 100, samplesPerSide: 2);

        RiskSurface risk = Events.Forecast(method, Events.Before((x, y, 1, 1)));

        Assert.Equal(Peak(100) * Math.Exp(-2 * 37.5 * 37.5 / 20000), risk.RiskOf(new(10, 10)), 15);
    }

    [Fact]
    public void Create_BothBandwidths_Throws() =>
        Assert.Throws<ArgumentException>(() => new KernelDensityForecastMethod(bandwidthMetres: 100, nearestNeighbours: 5));
}
