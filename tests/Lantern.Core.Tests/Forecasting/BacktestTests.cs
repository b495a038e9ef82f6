using Lantern.Core.Forecasting;
using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Forecasting;

public class BacktestTests
{
    // A 10 × 10 study area: 1% is one cell, 2% two.
    private static readonly CellExtent s_area = new(0, 0, 10, 10);

    [Fact]
    public void Score_HandMadeDay_GivesHitRatePaiPeiAndHarm()
    {
        // History: cell (1, 1) busiest, then (2, 2). On the target day: 2 events in (1, 1), 3 in (5, 5), 1 in (2, 2),
        // with harms 10, 10 | 1, 1, 1 | 100; one event outside the area and one the day after, neither counted.
        (double ax, double ay) = Events.Centre(1, 1);
        (double bx, double by) = Events.Centre(2, 2);
        (double cx, double cy) = Events.Centre(5, 5);
        ForecastEvents events = Events.Before(
            (ax, ay, 3, 1), (ax, ay, 4, 1), (ax, ay, 5, 1), (bx, by, 3, 1),
            (ax, ay, -0.5, 10), (ax, ay, -0.25, 10), (cx, cy, -0.5, 1), (cx, cy, -0.5, 1), (cx, cy, -0.5, 1), (bx, by, -0.75, 100),
            (-500, -500, -0.5, 1), (cx, cy, -1.5, 1));
        RiskSurface risk = new NaiveCountMethod().Fit(events, Events.Grid, s_area, Events.Day).Predict(Events.Day);

        CoverageScore[] scores = ForecastScoring.Score(risk, events, [0.01, 0.02]);

        // 1%: cell (1, 1): n = 2 of N = 6; a/A = 1/100; the busiest cell had 3 (n* = 3).
        Assert.Equal(1, scores[0].CellsChosen);
        Assert.Equal(2, scores[0].Captured);
        Assert.Equal(6, scores[0].Events);
        Assert.Equal(2.0 / 6, scores[0].HitRate, 12);
        Assert.Equal(2.0 / 6 / 0.01, scores[0].Pai, 9);
        Assert.Equal(2.0 / 3, scores[0].Pei, 12);
        Assert.Equal(20.0 / 123, scores[0].HarmRate, 12);

        // 2%: cells (1, 1) and (2, 2): n = 3; n* = 3 + 2 = 5; harm 120 of 123.
        Assert.Equal(3, scores[1].Captured);
        Assert.Equal(5, scores[1].BestPossible);
        Assert.Equal(120.0 / 123, scores[1].HarmRate, 12);
    }

    [Fact]
    public void Score_ShapedStudyArea_ChoosesAndCountsOnlyItsCells()
    {
        // The same day as above, with the study area the 50 cells west of column 5 (the box's other half is a neighbouring
        // borough): (5, 5) is outside, so its 3 events are neither caught nor missed, and 2% is 1 of the 50 cells.
        (double ax, double ay) = Events.Centre(1, 1);
        (double bx, double by) = Events.Centre(2, 2);
        (double cx, double cy) = Events.Centre(5, 5);
        ForecastEvents events = Events.Before(
            (cx, cy, 3, 1), (cx, cy, 4, 1), (cx, cy, 5, 1), (cx, cy, 6, 1), (ax, ay, 3, 1), (ax, ay, 4, 1), (bx, by, 3, 1),
            (ax, ay, -0.5, 10), (ax, ay, -0.25, 10), (cx, cy, -0.5, 1), (cx, cy, -0.5, 1), (cx, cy, -0.5, 1), (bx, by, -0.75, 100));
        RiskSurface risk = new NaiveCountMethod().Fit(events, Events.Grid, s_area, Events.Day).Predict(Events.Day);
        CellSet west = CellSet.Where(s_area, c => c.Column < 5);

        CoverageScore whole = ForecastScoring.Score(risk, events, [0.02])[0];
        CoverageScore shaped = ForecastScoring.Score(risk, events, [0.02, 0.04], studyCells: west)[0];
        CoverageScore four = ForecastScoring.Score(risk, events, [0.04], studyCells: west)[0];

        Assert.Equal((2, 100, 5, 6), (whole.CellsChosen, whole.Cells, whole.Captured, whole.Events)); // (5, 5) busiest (3 caught), then (1, 1) (2)
        Assert.Equal((1, 50, 2, 3), (shaped.CellsChosen, shaped.Cells, shaped.Captured, shaped.Events)); // (1, 1): the shape's busiest
        Assert.Equal((2, 3, 3), (four.CellsChosen, four.Captured, four.BestPossible)); // (1, 1) and (2, 2)
        Assert.Equal(2.0 / 3 / 0.02, shaped.Pai, 9);
        Assert.Throws<ArgumentException>(() => ForecastScoring.Score(risk, events, [0.02], studyCells: CellSet.Where(new CellExtent(0, 0, 5, 10), _ => true)));
    }

    [Fact]
    public void Score_DayWithoutEvents_HasNoHitRate()
    {
        RiskSurface risk = new NaiveCountMethod().Fit(Events.Before((75, 75, 3, 1)), Events.Grid, s_area, Events.Day).Predict(Events.Day);

        CoverageScore score = ForecastScoring.Score(risk, Events.Before((75, 75, 3, 1)), [0.05])[0];

        Assert.True(double.IsNaN(score.HitRate));
        Assert.True(double.IsNaN(score.Pai));
    }

    [Fact]
    public void Run_EventsOfTheTargetDay_NeverReachItsForecast()
    {
        // Every day of the backtest, a crime happens only in cell (7, 7), while the three crimes before it are in (1, 1).
        (double ax, double ay) = Events.Centre(1, 1);
        (double bx, double by) = Events.Centre(7, 7);
        var list = new List<(double, double, double, double)> { (ax, ay, 10, 1), (ax, ay, 11, 1), (ax, ay, 12, 1) };
        for (int day = 0; day < 4; day++)
        {
            list.Add((bx, by, -day - 0.5, 1)); // 12:00 on each day of the backtest
        }

        ForecastEvents events = Events.Before([.. list]);

        BacktestResult result = Backtest.Run(new NaiveCountMethod(), events, Events.Grid, s_area, Backtest.Daily(new DateOnly(2024, 3, 11), 4), [0.01]);

        // Day 1: (1, 1) has 3, (7, 7) none yet: miss. Days 2-3: (7, 7) has 1 then 2 < 3: miss. Day 4: 3 = 3, a tie, and
        // grid order puts (1, 1) first: miss. A forecast that saw its own day would have had 4 in (7, 7) on day 4: a hit.
        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(0, result.ScoresOf(i)[0].Captured));
        BacktestSummary summary = result.Summaries()[0];
        Assert.Equal(0, summary.HitRate.Events);
        Assert.Equal(4, summary.HitRate.Of);
    }

    [Fact]
    public void Summaries_PoolEventsOverTargets()
    {
        ForecastEvents events = GridHawkesSimulation.Run(10, (c, r) => 0.02 + (0.02 * (c % 5)), 0.4, 0, 0.5, 400, new DateOnly(2020, 1, 1).DayNumber, seed: 21);
        ForecastTarget[] days = Backtest.Daily(new DateOnly(2020, 1, 1).AddDays(380), 20);

        BacktestResult result = Backtest.Run(new ProspectiveHotspotMethod(), events, Events.Grid, s_area, days);

        BacktestSummary fivePercent = result.Summaries()[2];
        int caught = Enumerable.Range(0, days.Length).Sum(i => result.ScoresOf(i)[2].Captured);
        int all = Enumerable.Range(0, days.Length).Sum(i => result.ScoresOf(i)[2].Events);
        Assert.Equal(0.05, fivePercent.Coverage);
        Assert.Equal(caught, fivePercent.HitRate.Events);
        Assert.Equal(all, fivePercent.HitRate.Of);
        Assert.True(fivePercent.HitRate.Low < fivePercent.HitRate.Value && fivePercent.HitRate.Value < fivePercent.HitRate.High);
        Assert.Equal(20, fivePercent.Targets);
    }

    [Fact]
    public void Compare_FirstCatchesMoreEveryDay_SignTestOfFiveWins()
    {
        // Crimes every day in (1, 1) only: a naive count of the past catches each day's crime at 1%; a naive count of only
        // the last day before 2024-03-01 (nothing) chooses cell (0, 0) by grid order and catches none.
        (double ax, double ay) = Events.Centre(1, 1);
        ForecastEvents events = Events.Before([.. Enumerable.Range(-5, 15).Select(d => (ax, ay, d + 0.5, 1.0))]);
        ForecastTarget[] days = Backtest.Daily(new DateOnly(2024, 3, 11), 5);

        BacktestResult naive = Backtest.Run(new NaiveCountMethod(), events, Events.Grid, s_area, days, [0.01]);
        BacktestResult blind = Backtest.Run(new RetrospectiveHotspotMethod(window: ForecastPeriod.Days(1e-6)), events, Events.Grid, s_area, days, [0.01]);
        PairedComparison comparison = Backtest.Compare(naive, blind, 0.01);

        Assert.Equal(5, comparison.FirstWins);
        Assert.Equal(0, comparison.SecondWins);
        Assert.Equal(0.0625, comparison.SignTestP, 12); // 2 × 0.5⁵
        Assert.Equal(1, comparison.MeanHitRateDifference, 12);
    }

    [Fact]
    public void Compare_DifferentTargets_Throws()
    {
        ForecastEvents events = Events.Before((75, 75, 3, 1));
        BacktestResult a = Backtest.Run(new NaiveCountMethod(), events, Events.Grid, s_area, Backtest.Daily(new DateOnly(2024, 3, 11), 2), [0.01]);
        BacktestResult b = Backtest.Run(new NaiveCountMethod(), events, Events.Grid, s_area, Backtest.Daily(new DateOnly(2024, 3, 12), 2), [0.01]);

        Assert.Throws<ArgumentException>(() => Backtest.Compare(a, b, 0.01));
    }

    [Fact]
    public void Compare_DifferentCrimesScored_Throws()
    {
        // DOMAIN.md §3: compare methods on the same crime type, period and coverage only. Same targets and coverage, but the
        // second backtest is scored on another set of crimes (two events on the day instead of one).
        ForecastEvents one = Events.Before((75, 75, 3, 1), (75, 75, -0.5, 1));
        ForecastEvents two = Events.Before((75, 75, 3, 1), (75, 75, -0.5, 1), (15, 15, -0.5, 1));
        ForecastTarget[] days = Backtest.Daily(new DateOnly(2024, 3, 11), 1);
        BacktestResult a = Backtest.Run(new NaiveCountMethod(), one, Events.Grid, s_area, days, [0.01]);
        BacktestResult b = Backtest.Run(new NaiveCountMethod(), one, Events.Grid, s_area, days, [0.01], scoring: two);

        ArgumentException e = Assert.Throws<ArgumentException>(() => Backtest.Compare(a, b, 0.01));
        Assert.Contains("same crimes and study area", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, Backtest.Compare(a, a, 0.01).Ties); // the same crimes compare
    }

    [Fact]
    public void Compare_DifferentStudyAreas_Throws()
    {
        ForecastEvents events = Events.Before((75, 75, 3, 1), (75, 75, -0.5, 1));
        ForecastTarget[] days = Backtest.Daily(new DateOnly(2024, 3, 11), 1);
        BacktestResult a = Backtest.Run(new NaiveCountMethod(), events, Events.Grid, s_area, days, [0.01]);
        BacktestResult b = Backtest.Run(new NaiveCountMethod(), events, Events.Grid, new CellExtent(0, 0, 20, 20), days, [0.01]);

        Assert.Throws<ArgumentException>(() => Backtest.Compare(a, b, 0.01));
    }
}
