using Lantern.Core.StopSearch.Section60;

namespace Lantern.Core.Tests.StopSearch.Section60;

public sealed class OfficerRanksTests
{
    [Theory]
    [InlineData("inspector", OfficerRank.Inspector, 3)] // the slug
    [InlineData("Chief Inspector", OfficerRank.ChiefInspector, 4)] // the name, any case
    [InlineData("chief-superintendent", OfficerRank.ChiefSuperintendent, 6)] // a hyphenated slug
    [InlineData("Supt.", OfficerRank.Superintendent, 5)] // the usual abbreviation, with a full stop
    [InlineData("DCI", OfficerRank.ChiefInspector, 4)] // detective ranks are the same ranks
    [InlineData("ACC", OfficerRank.AssistantChiefConstable, 7)] // a territorial force's first chief officer rank
    [InlineData("commander", OfficerRank.Commander, 7)] // the Met's equivalent sits on the same step
    [InlineData("DAC", OfficerRank.DeputyAssistantCommissioner, 8)] // the Met's deputy chief constable equivalent
    [InlineData("deputy_chief_constable", OfficerRank.DeputyChiefConstable, 8)] // underscores
    [InlineData("assistant commissioner", OfficerRank.AssistantCommissioner, 9)] // the Met's top three sit with chief constables
    [InlineData("  Commissioner ", OfficerRank.Commissioner, 9)] // surrounding spaces
    [InlineData("pc", OfficerRank.Constable, 1)] // the bottom of the ladder
    public void TryParse_HowPeopleWriteRanks_RankAndStep(string text, OfficerRank rank, int level)
    {
        Assert.True(OfficerRanks.TryParse(text, out OfficerRank parsed), text);
        Assert.Equal((rank, level), (parsed, OfficerRanks.Level(parsed)));
    }

    [Theory]
    [InlineData("")] // nothing
    [InlineData("major")] // an army rank
    [InlineData("chief")] // too vague: chief inspector, superintendent or constable?
    public void TryParse_NotARank_False(string text) => Assert.False(OfficerRanks.TryParse(text, out _));

    [Fact]
    public void Slugs_ReadBackAsTheirRank_AndTheLadderClimbs()
    {
        foreach (OfficerRank rank in Enum.GetValues<OfficerRank>())
        {
            Assert.True(OfficerRanks.TryParse(OfficerRanks.Slug(rank), out OfficerRank back));
            Assert.Equal(rank, back);
        }

        Assert.True(OfficerRanks.IsAtLeast(OfficerRank.Commander, OfficerRank.AssistantChiefConstable));
        Assert.True(OfficerRanks.IsAtLeast(OfficerRank.AssistantChiefConstable, OfficerRank.Commander));
        Assert.False(OfficerRanks.IsAtLeast(OfficerRank.ChiefSuperintendent, OfficerRank.Commander));
        Assert.Equal("an assistant chief constable or commander", OfficerRanks.NameWithEquivalents(OfficerRank.Commander));
        Assert.Equal("a superintendent", OfficerRanks.NameWithEquivalents(OfficerRank.Superintendent));
    }
}
