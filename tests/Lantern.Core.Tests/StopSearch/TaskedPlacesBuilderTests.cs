using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.StopSearch;

public sealed class TaskedPlacesBuilderTests
{
    [Fact]
    public void Build_MixedSearches_RatesOfTheRightDenominators()
    {
        var builder = new TaskedPlacesBuilder();
        builder.Add(TaskedPlacement.Inside, SearchOutcome.Arrest, true);
        builder.Add(TaskedPlacement.Inside, SearchOutcome.NoFurtherAction, null); // no link recorded: out of the find rate only
        builder.Add(TaskedPlacement.Inside, SearchOutcome.Unknown, false); // no outcome: out of the arrest and positive rates
        builder.Add(TaskedPlacement.Outside, SearchOutcome.CommunityResolution, false);
        builder.Add(TaskedPlacement.NoPublication, SearchOutcome.Arrest, true);
        builder.Add(TaskedPlacement.NoCoordinates, SearchOutcome.Arrest, true);

        TaskedPlaces p = builder.Build();

        Assert.Equal((3L, 1L, 2L), (p.Inside.Searches, p.Inside.Find.Events, p.Inside.Find.Of));
        Assert.Equal((1L, 2L), (p.Inside.Arrest.Events, p.Inside.Arrest.Of));
        Assert.Equal((1L, 2L), (p.Inside.Positive.Events, p.Inside.Positive.Of));
        Assert.Equal((1L, 0L, 1L), (p.Outside.Searches, p.Outside.Arrest.Events, p.Outside.Positive.Events));
        Assert.Equal((1L, 1L), (p.NoPublication, p.NoCoordinates));
        Assert.Equal((3L, 4L), (p.InsideShare.Events, p.InsideShare.Of));
        Assert.Equal(OutcomeTestMeasure.FindRate, p.Measure);
        Assert.Equal(p.Inside.Find, p.Compared(p.Inside));
    }

    [Fact]
    public void Build_LinkNeverRecorded_PositiveOutcomeRate()
    {
        var builder = new TaskedPlacesBuilder();
        builder.Add(TaskedPlacement.Inside, SearchOutcome.Arrest, null);
        builder.Add(TaskedPlacement.NoPublication, SearchOutcome.Arrest, true); // not placed: does not decide the measure

        TaskedPlaces p = builder.Build();

        Assert.Equal(OutcomeTestMeasure.PositiveOutcomeRate, p.Measure);
        Assert.Equal(p.Inside.Positive, p.Compared(p.Inside));
    }

    [Fact]
    public void Build_NothingPlacedButLinksRecorded_FindRate()
    {
        // No tasking published yet: the force's searches, all unplaced, record finds; it is not a force that never does.
        var builder = new TaskedPlacesBuilder();
        builder.Add(TaskedPlacement.NoPublication, SearchOutcome.Arrest, true);
        builder.Add(TaskedPlacement.NoCoordinates, SearchOutcome.NoFurtherAction, false);

        Assert.Equal(OutcomeTestMeasure.FindRate, builder.Build().Measure);
    }

    [Fact]
    public void Build_NothingPlacedNoLinkRecorded_PositiveOutcomeRate()
    {
        var builder = new TaskedPlacesBuilder();
        builder.Add(TaskedPlacement.NoPublication, SearchOutcome.Arrest, null);

        Assert.Equal(OutcomeTestMeasure.PositiveOutcomeRate, builder.Build().Measure);
    }
}
