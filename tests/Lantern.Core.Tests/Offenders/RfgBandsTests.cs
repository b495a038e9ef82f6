using Lantern.Core.Offenders;

namespace Lantern.Core.Tests.Offenders;

public sealed class RfgBandsTests
{
    [Theory]
    [InlineData(RfgFactor.Recency, 0, 30)] // within the month
    [InlineData(RfgFactor.Recency, 11, 5)] // last band
    [InlineData(RfgFactor.Recency, 12, 0)] // a year or more: no band
    [InlineData(RfgFactor.Frequency, 7, 30)] // open-ended band
    [InlineData(RfgFactor.Gravity, 99.99, 5)] // bands are [from, to)
    [InlineData(RfgFactor.Gravity, 100, 15)]
    [InlineData(RfgFactor.Victims, 0, 0)] // no known victim
    public void Default_Points(RfgFactor factor, double value, int points) => Assert.Equal(points, RfgBands.Default.PointsFor(factor, value));

    [Fact]
    public void Parse_VersionKept_AndUsedForPoints()
    {
        RfgBands b = RfgBands.Parse("# version: force-7\nfactor,from,to,points\nrecency,0,,1\nfrequency,0,,2\n", "bands.csv").Table!;
        Assert.Equal("force-7", b.Version);
        Assert.Equal(new RfgPoints(1, 2, 0, 0), b.Score(40, 9, 5000, 4));
        Assert.Equal("0 or more", b.BandText(RfgFactor.Recency, 3));
    }

    [Theory]
    [InlineData("factor,from\n", "b.csv line 1, field 'header'")] // wrong header
    [InlineData("factor,from,to,points\nspeed,0,1,5\n", "b.csv line 2, field 'factor'")] // unknown factor
    [InlineData("factor,from,to,points\nrecency,3,1,5\n", "b.csv line 2, field 'to'")] // to below from
    [InlineData("factor,from,to,points\nrecency,0,1,-5\n", "b.csv line 2, field 'points'")] // negative points
    [InlineData("factor,from,to,points\nrecency,0,3,5\nrecency,2,4,1\n", "b.csv line 3, field 'from'")] // overlapping bands
    public void Parse_BadRow_NamesLineAndField(string text, string error) =>
        Assert.StartsWith(error, RfgBands.Parse(text, "b.csv").Error, StringComparison.Ordinal);
}
