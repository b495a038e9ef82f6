using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.StopSearch;

public sealed class DisproportionalityTests
{
    // Residents: White 100,000, Black 10,000, Asian 20,000, Mixed 5,000, Other 5,000.
    private static readonly EthnicGroupCounts s_residents = new(100_000, 10_000, 20_000, 5_000, 5_000);

    [Fact]
    public void Compute_HandWorkedExample_RatesRatiosAndIntervals()
    {
        // Searches: White 40, Black 30, Asian 10, Mixed 0, Other 5 (unknown ethnicity is the caller's to leave out).
        IReadOnlyList<GroupRate> rows = Disproportionality.Compute(new EthnicGroupCounts(40, 30, 10, 0, 5), s_residents);

        Assert.Equal(EthnicGroupCounts.Groups, rows.Select(r => r.Group));
        GroupRate white = rows[0], black = rows[1], asian = rows[2], mixed = rows[3], other = rows[4];
        // Rates per 1,000: 40/100,000, 30/10,000, 10/20,000, 0, 5/5,000.
        Assert.Equal([0.4, 3.0, 0.5, 0.0, 1.0], rows.Select(r => Math.Round(r.RatePer1000!.Value, 12)));
        Assert.Equal((1.0, null, null), (white.RatioToWhite, white.RatioLow, white.RatioHigh));
        // Ratio 3.0 / 0.4 = 7.5; interval exp(ln 7.5 ± 1.96·√(1/30 + 1/40)), worked out by hand.
        Assert.Equal(7.5, black.RatioToWhite!.Value, 12);
        Assert.Equal(4.671676714894147, black.RatioLow!.Value, 9);
        Assert.Equal(12.04064481188625, black.RatioHigh!.Value, 9);
        Assert.Equal(1.25, asian.RatioToWhite!.Value, 12);
        Assert.Equal(0.6251140947860344, asian.RatioLow!.Value, 9);
        Assert.Equal(2.4995437041534254, asian.RatioHigh!.Value, 9);
        Assert.Equal(2.5, other.RatioToWhite!.Value, 12);
        Assert.Equal(0.9866707318569429, other.RatioLow!.Value, 9);
        // No Mixed searches: the ratio is 0 and its log interval does not exist.
        Assert.Equal((0.0, null, null), (mixed.RatioToWhite, mixed.RatioLow, mixed.RatioHigh));
    }

    [Fact]
    public void Compute_NoWhiteSearches_NoRatios()
    {
        IReadOnlyList<GroupRate> rows = Disproportionality.Compute(new EthnicGroupCounts(0, 30, 10, 0, 5), s_residents);
        Assert.All(rows, r => Assert.Null(r.RatioToWhite));
        Assert.Equal(3.0, rows[1].RatePer1000!.Value, 12);
    }

    [Theory]
    // Exact (Garwood) 95% Poisson limits as tabulated (e.g. Ulm 1990, Am J Epidemiol 131:373).
    [InlineData(0, 0.0, 3.6889)] // nothing seen: up to 3.69 expected
    [InlineData(1, 0.0253, 5.5716)] // one event
    [InlineData(10, 4.7954, 18.3904)] // ten events
    public void PoissonInterval_TabulatedLimits(long count, double low, double high)
    {
        (double l, double h) = Disproportionality.PoissonInterval(count);
        Assert.Equal(low, l, 4);
        Assert.Equal(high, h, 4);
    }

    [Fact]
    public void Compute_RateInterval_IsThePoissonIntervalScaled()
    {
        GroupRate black = Disproportionality.Compute(new EthnicGroupCounts(40, 10, 10, 0, 5), s_residents)[1];
        // 10 searches of 10,000 residents: 4.7954 .. 18.3904 expected searches, so 0.47954 .. 1.83904 per 1,000.
        Assert.Equal(0.47954, black.RateLow!.Value, 4);
        Assert.Equal(1.83904, black.RateHigh!.Value, 4);
    }
}
