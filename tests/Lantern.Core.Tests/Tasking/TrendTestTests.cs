using Lantern.Core.Tasking;

namespace Lantern.Core.Tests.Tasking;

public class TrendTestTests
{
    [Theory]
    [InlineData(40, 10, 12, 12, TrendDirection.Rising)] // four times the rate: p far below 0.05
    [InlineData(10, 40, 12, 12, TrendDirection.Falling)] // the mirror image
    [InlineData(8, 5, 12, 12, TrendDirection.NoClearChange)] // +60% on small counts is within chance (p ≈ 0.58)
    [InlineData(5, 0, 12, 0, TrendDirection.NotAvailable)] // the previous period is not in the data
    [InlineData(0, 0, 12, 12, TrendDirection.NoClearChange)] // nothing in either period
    [InlineData(12, 12, 6, 12, TrendDirection.NoClearChange)] // double the monthly rate on 24 crimes: p ≈ 0.065, not enough
    public void Compare_Counts_GivesDirection(int current, int previous, int currentMonths, int previousMonths, TrendDirection expected)
    {
        Assert.Equal(expected, TrendTest.Compare(current, previous, currentMonths, previousMonths).Direction);
    }

    [Fact]
    public void Compare_MissingMonths_ComparesMonthlyRates()
    {
        // 12 crimes in 6 months present against 12 in 12: the rate doubled, though the counts are equal.
        PlaceTrend t = TrendTest.Compare(12, 12, 6, 12);

        Assert.Equal(100, t.ChangePercent!.Value, 9);
    }

    [Fact]
    public void Compare_EqualExposure_MatchesTheExactBinomialTest()
    {
        // 8 of 13 under binomial(13, 1/2): P(X ≥ 8) = (1287 + 715 + 286 + 78 + 13 + 1) / 8192 = 2380 / 8192, doubled.
        PlaceTrend t = TrendTest.Compare(8, 5, 12, 12);

        Assert.Equal(2 * 2380.0 / 8192, t.PValue!.Value, 12);
        Assert.Equal(60, t.ChangePercent!.Value, 9);
    }
}
