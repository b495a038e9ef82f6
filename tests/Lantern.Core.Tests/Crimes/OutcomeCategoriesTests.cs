using Lantern.Core.Crimes;

namespace Lantern.Core.Tests.Crimes;

public sealed class OutcomeCategoriesTests
{
    [Theory]
    [InlineData("Investigation complete; no suspect identified", OutcomeCategory.InvestigationCompleteNoSuspectIdentified)] // the commonest outcome
    [InlineData("Unable to prosecute suspect", OutcomeCategory.UnableToProsecuteSuspect)] // real value
    [InlineData("Under investigation", OutcomeCategory.UnderInvestigation)] // real value
    [InlineData("Status update unavailable", OutcomeCategory.StatusUpdateUnavailable)] // real value
    [InlineData("Court result unavailable", OutcomeCategory.CourtResultUnavailable)] // real value
    [InlineData("Awaiting court outcome", OutcomeCategory.AwaitingCourtOutcome)] // real value
    [InlineData("Offender sent to prison", OutcomeCategory.OffenderSentToPrison)] // real value
    [InlineData("Offender given suspended prison sentence", OutcomeCategory.OffenderGivenSuspendedPrisonSentence)] // real value
    [InlineData("Offender given community sentence", OutcomeCategory.OffenderGivenCommunitySentence)] // real value
    [InlineData("Offender fined", OutcomeCategory.OffenderFined)] // real value
    [InlineData("Offender given conditional discharge", OutcomeCategory.OffenderGivenConditionalDischarge)] // real value
    [InlineData("Offender deprived of property", OutcomeCategory.OffenderDeprivedOfProperty)] // real value
    [InlineData("Offender ordered to pay compensation", OutcomeCategory.OffenderOrderedToPayCompensation)] // real value
    [InlineData("Offender otherwise dealt with", OutcomeCategory.OffenderOtherwiseDealtWith)] // real value
    [InlineData("Defendant found not guilty", OutcomeCategory.DefendantFoundNotGuilty)] // real value
    [InlineData("Defendant sent to Crown Court", OutcomeCategory.DefendantSentToCrownCourt)] // real value
    [InlineData("Court case unable to proceed", OutcomeCategory.CourtCaseUnableToProceed)] // real value
    [InlineData("Offender given a caution", OutcomeCategory.OffenderGivenCaution)] // real value
    [InlineData("Offender given penalty notice", OutcomeCategory.OffenderGivenPenaltyNotice)] // real value
    [InlineData("Offender given a drugs possession warning", OutcomeCategory.OffenderGivenDrugsPossessionWarning)] // real value
    [InlineData("Local resolution", OutcomeCategory.LocalResolution)] // real value
    [InlineData("Suspect charged", OutcomeCategory.SuspectCharged)] // real value (outcomes files)
    [InlineData("Suspect charged as part of another case", OutcomeCategory.SuspectChargedAsPartOfAnotherCase)] // real value
    [InlineData("Action to be taken by another organisation", OutcomeCategory.ActionToBeTakenByAnotherOrganisation)] // real value
    [InlineData("Formal action is not in the public interest", OutcomeCategory.FormalActionNotInPublicInterest)] // real value
    [InlineData("Further action is not in the public interest", OutcomeCategory.FurtherActionNotInPublicInterest)] // real value
    [InlineData("Further investigation is not in the public interest", OutcomeCategory.FurtherInvestigationNotInPublicInterest)] // real value
    [InlineData("  under INVESTIGATION ", OutcomeCategory.UnderInvestigation)] // trimmed, any case
    [InlineData("Offender cautioned", OutcomeCategory.OffenderGivenCaution)] // older wording
    [InlineData("Offender given drugs possession warning", OutcomeCategory.OffenderGivenDrugsPossessionWarning)] // stop-and-search wording
    [InlineData("", OutcomeCategory.Unknown)] // blank (anti-social behaviour)
    [InlineData("Sent to the moon", OutcomeCategory.Unknown)] // not recognised
    public void FromRaw_Text_MapsToCanonical(string raw, OutcomeCategory expected)
    {
        Assert.Equal(expected, OutcomeCategories.FromRaw(raw));
    }

    [Fact]
    public void Name_EveryValue_RoundTripsThroughFromRaw()
    {
        foreach (OutcomeCategory value in Enum.GetValues<OutcomeCategory>().Where(v => v != OutcomeCategory.Unknown))
        {
            string name = OutcomeCategories.Name(value);
            Assert.NotEqual("Unknown", name);
            Assert.Equal(value, OutcomeCategories.FromRaw(name));
        }
    }

    [Fact]
    public void Values_StoredAsIntegers_NeverRenumbered()
    {
        // The database stores these integers: a failure here means a value was renumbered.
        Assert.Equal(0, (int)OutcomeCategory.Unknown);
        Assert.Equal(1, (int)OutcomeCategory.InvestigationCompleteNoSuspectIdentified);
        Assert.Equal(19, (int)OutcomeCategory.OffenderGivenCaution);
        Assert.Equal(28, (int)OutcomeCategory.FurtherInvestigationNotInPublicInterest);
    }
}
