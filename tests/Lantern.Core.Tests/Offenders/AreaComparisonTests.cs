using Lantern.Core.Offenders;
using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.Offenders;

public sealed class AreaComparisonTests
{
    [Fact]
    public void Compare_MapsRecordedValuesToCensusGroups_KeepsUnmapped_SharesOfTheMapped()
    {
        // List: 3 White (two spellings), 1 Black, 1 unknown, 1 Roma. Suspects: 60 White, 20 Black, 10 Asian, 5 unknown, 5 Roma.
        var listed = new GroupComposition(6, [("ethnicity", "White", 2), ("ethnicity", "White - English/Welsh/Scottish/Northern Irish/British", 1),
            ("ethnicity", "Black", 1), ("ethnicity", "unknown", 1), ("ethnicity", "Roma", 1)]);
        var suspects = new GroupComposition(100, [("ethnicity", "White", 50), ("ethnicity", "White - English/Welsh/Scottish/Northern Irish/British", 10),
            ("ethnicity", "Black", 20), ("ethnicity", "Asian", 10), ("ethnicity", "unknown", 5), ("ethnicity", "Roma", 5)]);
        var residents = new CensusBenchmark("Census 2021 TS021 (ethnic group)", "X (force x)", "as imported", new EthnicGroupCounts(800, 50, 100, 30, 20));

        FairnessReport report = FairnessReport.Compute(listed, suspects, null, residents);
        AreaComparison c = report.Census!;
        Assert.Equal(4, c.ListMapped);
        Assert.Equal(90, c.SuspectsMapped);
        AreaComparisonRow white = c.Rows.Single(r => r.Group == EthnicGroup.White);
        Assert.Equal(["White", "White - English/Welsh/Scottish/Northern Irish/British"], white.Values.Order(StringComparer.Ordinal));
        Assert.Equal(0.75, white.Listed.Value);
        Assert.Equal(0.8, white.AreaShare, 12);
        AreaComparisonRow black = c.Rows.Single(r => r.Group == EthnicGroup.Black);
        Assert.Equal(0.25, black.Listed.Value);
        Assert.Equal(20 / 90.0, black.Suspects.Value!.Value, 12);
        Assert.Equal(0.25 / 0.05, black.RatioToArea!.Value, 9);
        Assert.True(black.SuspectsAboveArea); // 22% of suspects (interval about 15-32%) against 5% of residents
        Assert.Equal([("Roma", 1L, 5L), ("unknown", 1L, 5L)], c.Unmapped.Select(u => (u.Value, u.Listed, u.Suspects)));
        Assert.Equal(2, c.NotCompared.Count);
        Assert.Equal(5, c.Rows.Count); // every census group, even with none on the list
    }

    [Theory]
    [InlineData("White", EthnicGroup.White)]
    [InlineData("black", EthnicGroup.Black)]
    [InlineData("Asian/Asian British - Chinese", EthnicGroup.Asian)]
    [InlineData("Mixed/Multiple ethnic groups - White and Asian", EthnicGroup.Mixed)]
    [InlineData("Other ethnic group - Arab", EthnicGroup.Other)]
    [InlineData("unknown", null)]
    [InlineData("Other ethnic group - Not stated", null)]
    [InlineData("", null)]
    public void CensusGroupOf_TheStopSearchMapping(string value, EthnicGroup? expected) =>
        Assert.Equal(expected, OffenderEthnicity.CensusGroupOf(value));
}
