using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.StopSearch;

public sealed class ProportionDifferenceTests
{
    [Fact]
    public void Between_NewcombesWorkedExample_PublishedInterval()
    {
        // Newcombe 1998 (Statistics in Medicine 17:873), Table II example (a): 56/70 − 48/80, method 10 gives 0.0524 to 0.3339.
        ProportionDifference d = ProportionDifference.Between(new Proportion(56, 70), new Proportion(48, 80))!.Value;
        Assert.Equal(0.2, d.Value, 10);
        Assert.Equal(0.0524, d.Low, 4);
        Assert.Equal(0.3339, d.High, 4);
    }

    [Fact]
    public void Between_EitherOfNothing_IsNull()
    {
        Assert.Null(ProportionDifference.Between(new Proportion(0, 0), new Proportion(1, 2)));
        Assert.Null(ProportionDifference.Between(new Proportion(1, 2), new Proportion(0, 0)));
    }
}
