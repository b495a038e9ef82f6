using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.StopSearch;

public sealed class ProportionTests
{
    [Theory]
    // Expected ends worked out by hand from Wilson's formula with z = 1.96, to ten places.
    [InlineData(13, 100, 0.0775709386, 0.2098052189)] // a typical arrest rate
    [InlineData(0, 20, 0.0, 0.1611301255)] // none found: the interval still reaches above zero
    [InlineData(20, 20, 0.8388698745, 1.0)] // all found: and below one
    [InlineData(1, 1, 0.2065432915, 1.0)] // a single search says little
    public void Wilson_KnownCounts_HandCheckedEnds(long events, long of, double low, double high)
    {
        var p = new Proportion(events, of);
        Assert.Equal((double)events / of, p.Value!.Value, 12);
        Assert.Equal(low, p.Low!.Value, 8);
        Assert.Equal(high, p.High!.Value, 8);
    }

    [Fact]
    public void Proportion_OfNothing_HasNoValue()
    {
        var p = new Proportion(0, 0);
        Assert.Equal((null, null, null), (p.Value, p.Low, p.High));
    }

    [Fact]
    public void Proportion_MoreEventsThanTrials_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(3, 2));
}
