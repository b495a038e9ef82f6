using Lantern.Core.Offenders;

namespace Lantern.Core.Tests.Offenders;

public sealed class OffenceGroupTableTests
{
    [Theory]
    [InlineData("019/07", "rape", 1)] // exact
    [InlineData("019/99", "rape", 1)] // by class
    [InlineData("008/71", "stalking", 2)] // a subclass of class 8 with its own group
    [InlineData("008/99", "assault", 2)] // the rest of class 8
    [InlineData("046/00", "other", 3)] // shoplifting: the catch-all
    public void Default_Classifies(string code, string group, int mopi)
    {
        OffenceClass c = OffenceGroupTable.Default.Classify(code);
        Assert.Equal((group, mopi), (c.Group, c.MopiGroup));
    }

    [Fact]
    public void Parse_NeedsACatchAll() =>
        Assert.Contains("'*' row", OffenceGroupTable.Parse("code,group,mopi,description\n019/07,rape,1,rape\n", "g.csv").Error, StringComparison.Ordinal);

    [Fact]
    public void Parse_BadMopiGroup_NamesLineAndField() =>
        Assert.StartsWith("g.csv line 2, field 'mopi'", OffenceGroupTable.Parse("code,group,mopi,description\n019/07,rape,4,x\n", "g.csv").Error,
            StringComparison.Ordinal);

    [Fact]
    public void OffenceSet_DomesticEntries_CountOnlyDomesticRecords()
    {
        OffenceSet set = OffenceSet.Parse("domestic-assault, rape", OffenceGroupTable.Default, out string? error)!;
        Assert.Null(error);
        Assert.Equal("domestic-assault,rape", set.Version);
        Assert.True(set.Contains("assault", domestic: true));
        Assert.False(set.Contains("assault", domestic: false));
        Assert.True(set.Contains("rape", domestic: false));
        Assert.Null(OffenceSet.Parse("burglary", OffenceGroupTable.Default, out error));
        Assert.Contains("'burglary' is not an offence group", error, StringComparison.Ordinal);
    }
}
