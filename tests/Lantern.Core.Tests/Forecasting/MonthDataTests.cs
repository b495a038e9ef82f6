using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Forecasting;

/// <summary>Every method on month-resolution data (data.police.uk): times are months and every event of a month shares one.</summary>
public class MonthDataTests
{
    private static readonly CellExtent s_area = new(0, 0, 20, 20);
    private static readonly ForecastTarget s_target = ForecastTarget.Month(new YearMonth(2024, 1));

    public static TheoryData<string> Methods() => ["naive", "retrospective", "prospective", "kde", "grid-sepp", "sepp"];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Predict_MonthData_GivesFiniteRiskWhereTheCrimesAre(string name)
    {
        // Two years of monthly crimes at a busy cell (5, 5) and scattered elsewhere.
        var random = new Random(5);
        var x = new List<double>();
        var y = new List<double>();
        var t = new List<double>();
        for (int m = 0; m < 24; m++)
        {
            double month = s_target.Start - 24 + m + 0.5;
            for (int k = 0; k < 6; k++)
            {
                x.Add((5 * 150) + (random.NextDouble() * 150));
                y.Add((5 * 150) + (random.NextDouble() * 150));
                t.Add(month);
            }

            x.Add(random.NextDouble() * 3000);
            y.Add(random.NextDouble() * 3000);
            t.Add(month);
        }

        ForecastEvents events = ForecastEvents.FromArrays(TimeResolution.Month, [.. x], [.. y], [.. t]);
        IForecastMethod method = name switch
        {
            "naive" => new NaiveCountMethod(ForecastPeriod.Months(12)),
            "retrospective" => new RetrospectiveHotspotMethod(window: ForecastPeriod.Months(3)),
            "prospective" => new ProspectiveHotspotMethod(),
            "kde" => new KernelDensityForecastMethod(),
            "grid-sepp" => new GridSeppMethod(),
            _ => new ContinuousSeppMethod(),
        };

        RiskSurface risk = method.Fit(events, Events.Grid, s_area, s_target).Predict(s_target);

        Assert.All(risk.Risk.ToArray(), r => Assert.True(double.IsFinite(r) && r >= 0));
        Assert.Equal(new CellId(5, 5), risk.Select(0.0025)[0]); // one cell of 400: the busy one
    }
}
