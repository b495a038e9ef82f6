using Lantern.Core.Offenders;

namespace Lantern.Core.Tests.Offenders;

public sealed class PowerFewAndFairnessTests
{
    [Fact]
    public void PowerFew_HandChecked()
    {
        // 100 people: one with 900, 99 with 1 each (999 in all).
        PowerFewSide side = PowerFewSide.Of([900, .. Enumerable.Repeat(1.0, 99), 0]);
        Assert.Equal((100, 999.0), (side.People, side.TotalHarm));
        Assert.Equal(900 / 999.0, side.Shares[0].HarmShare, 9); // top 1% = 1 person
        Assert.Equal((5, 904 / 999.0), (side.Shares[1].People, side.Shares[1].HarmShare));
        Assert.Equal(0.01, side.ShareOfPeopleFor50);
        Assert.Equal(0.01, side.ShareOfPeopleFor80);
    }

    [Fact]
    public void PowerFew_OfScoring_CoversOffendersAndVictims()
    {
        PowerFewReport r = OffenderScorer.Score(OffenderScorerTests.Sample(), new HarmScoringOptions { AsOf = OffenderScorerTests.AsOf }).PowerFew();
        Assert.Equal((3, 2555 + 365 + 30 + 182.25), (r.Offenders.People, r.Offenders.TotalHarm));
        Assert.Equal((5, 2555 + 365 + 30.0), (r.Victims.People, r.Victims.TotalHarm)); // C, V9, V1, V2, V3; D's victim unknown
    }

    [Fact]
    public void Fairness_FlagsOverRepresentationAgainstSuspects()
    {
        // 100 suspects, 20 Black; the list of 10 is 9 Black: far above 20%.
        string[] suspects = [.. Enumerable.Range(0, 100).Select(i => $"P{i}")];
        var d = new PersonDemographics(suspects.Select((id, i) => KeyValuePair.Create(id, new Demographic("male", "25-34", i < 20 ? "Black" : "White"))));
        string[] list = [.. suspects.Take(9), suspects[50]];
        var area = new AreaPopulation("test census", [("ethnicity", "Black", 130), ("ethnicity", "White", 870)]);

        FairnessReport r = FairnessReport.Compute(list, suspects, d, area);
        FairnessRow black = r.Rows.Single(x => x.Attribute == "ethnicity" && x.Group == "Black");
        Assert.True(black.Flagged);
        Assert.Equal((0.9, 0.2, 0.13), (black.Listed.Value!.Value, black.Suspects.Value!.Value, black.AreaShare!.Value));
        Assert.Equal(4.5, black.RatioToSuspects!.Value, 9);
        Assert.False(r.Rows.Single(x => x.Group == "White").Flagged);
        Assert.Single(r.Flagged);

        // The same list drawn in proportion is not flagged.
        string[] fair = [suspects[0], suspects[1], .. suspects.Skip(20).Take(8)];
        Assert.Empty(FairnessReport.Compute(fair, suspects, d, area).Flagged);
    }
}
