using Lantern.Core.Forecasting;
using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Forecasting;

/// <summary>Small hand-made event sets for forecasting tests.</summary>
internal static class Events
{
    /// <summary>The target day most tests forecast: Monday 11 March 2024.</summary>
    public static ForecastTarget Day { get; } = ForecastTarget.Day(new DateOnly(2024, 3, 11));

    /// <summary>A 150 m grid.</summary>
    public static GridSpec Grid { get; } = new(150);

    /// <summary>Cells (0..20, 0..20).</summary>
    public static CellExtent Area { get; } = new(0, 0, 21, 21);

    /// <summary>The centre of cell (column, row) of the 150 m grid.</summary>
    public static (double X, double Y) Centre(int column, int row) => ((column + 0.5) * 150, (row + 0.5) * 150);

    /// <summary>Timestamped events given as (x, y, days before <see cref="Day"/>, weight).</summary>
    public static ForecastEvents Before(params (double X, double Y, double DaysBefore, double Weight)[] events)
    {
        double[] x = events.Select(e => e.X).ToArray();
        double[] y = events.Select(e => e.Y).ToArray();
        double[] t = events.Select(e => Day.Start - e.DaysBefore).ToArray();
        double[] w = events.Select(e => e.Weight).ToArray();
        return ForecastEvents.FromArrays(TimeResolution.Timestamp, x, y, t, w);
    }

    /// <summary>The same events, each weighing <paramref name="harm"/>.</summary>
    public static ForecastEvents WithHarm(ForecastEvents events, double harm)
    {
        double[] weight = new double[events.Count];
        Array.Fill(weight, harm);
        return ForecastEvents.FromArrays(events.Resolution, events.Easting, events.Northing, events.Time, weight);
    }

    /// <summary>Asserts that every cell of <paramref name="scaled"/> is <paramref name="factor"/> times that of <paramref name="surface"/>.</summary>
    public static void AssertScaled(RiskSurface surface, RiskSurface scaled, double factor)
    {
        for (int i = 0; i < surface.Risk.Length; i++)
        {
            Assert.Equal(factor * surface.Risk[i], scaled.Risk[i], 9);
        }
    }

    /// <summary>Fits and predicts <see cref="Day"/> on <see cref="Area"/>.</summary>
    public static RiskSurface Forecast(IForecastMethod method, ForecastEvents events) =>
        method.Fit(events, Grid, Area, Day).Predict(Day);
}
