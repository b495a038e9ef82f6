using Lantern.Core.StopSearch;

namespace Lantern.Core.Crimes;

/// <summary>
/// The vocabulary of crime outcomes: display names as data.police.uk writes them and the raw spellings seen in
/// street ("Last outcome category") and outcomes ("Outcome type") files over the years.
/// </summary>
/// <remarks>Thread safe. Matching of raw strings ignores case and surrounding whitespace.</remarks>
public static class OutcomeCategories
{
    private static readonly Vocabulary<OutcomeCategory> s_vocabulary = new(
        [
            (OutcomeCategory.InvestigationCompleteNoSuspectIdentified, "Investigation complete; no suspect identified"),
            (OutcomeCategory.UnableToProsecuteSuspect, "Unable to prosecute suspect"),
            (OutcomeCategory.UnderInvestigation, "Under investigation"),
            (OutcomeCategory.StatusUpdateUnavailable, "Status update unavailable"),
            (OutcomeCategory.CourtResultUnavailable, "Court result unavailable"),
            (OutcomeCategory.AwaitingCourtOutcome, "Awaiting court outcome"),
            (OutcomeCategory.OffenderSentToPrison, "Offender sent to prison"),
            (OutcomeCategory.OffenderGivenSuspendedPrisonSentence, "Offender given suspended prison sentence"),
            (OutcomeCategory.OffenderGivenCommunitySentence, "Offender given community sentence"),
            (OutcomeCategory.OffenderFined, "Offender fined"),
            (OutcomeCategory.OffenderGivenConditionalDischarge, "Offender given conditional discharge"),
            (OutcomeCategory.OffenderGivenAbsoluteDischarge, "Offender given absolute discharge"),
            (OutcomeCategory.OffenderDeprivedOfProperty, "Offender deprived of property"),
            (OutcomeCategory.OffenderOrderedToPayCompensation, "Offender ordered to pay compensation"),
            (OutcomeCategory.OffenderOtherwiseDealtWith, "Offender otherwise dealt with"),
            (OutcomeCategory.DefendantFoundNotGuilty, "Defendant found not guilty"),
            (OutcomeCategory.DefendantSentToCrownCourt, "Defendant sent to Crown Court"),
            (OutcomeCategory.CourtCaseUnableToProceed, "Court case unable to proceed"),
            (OutcomeCategory.OffenderGivenCaution, "Offender given a caution"),
            (OutcomeCategory.OffenderGivenPenaltyNotice, "Offender given penalty notice"),
            (OutcomeCategory.OffenderGivenDrugsPossessionWarning, "Offender given a drugs possession warning"),
            (OutcomeCategory.LocalResolution, "Local resolution"),
            (OutcomeCategory.SuspectCharged, "Suspect charged"),
            (OutcomeCategory.SuspectChargedAsPartOfAnotherCase, "Suspect charged as part of another case"),
            (OutcomeCategory.ActionToBeTakenByAnotherOrganisation, "Action to be taken by another organisation"),
            (OutcomeCategory.FormalActionNotInPublicInterest, "Formal action is not in the public interest"),
            (OutcomeCategory.FurtherActionNotInPublicInterest, "Further action is not in the public interest"),
            (OutcomeCategory.FurtherInvestigationNotInPublicInterest, "Further investigation is not in the public interest"),
        ],
        [
            // The stop-and-search files' wording of the same disposals (see StopSearchVocabulary), accepted so that a
            // force export written in that wording still maps.
            ("Offender cautioned", OutcomeCategory.OffenderGivenCaution),
            ("Offender given a penalty notice", OutcomeCategory.OffenderGivenPenaltyNotice),
            ("Offender given drugs possession warning", OutcomeCategory.OffenderGivenDrugsPossessionWarning),
        ]);

    /// <summary>Maps a raw outcome string to its canonical value.</summary>
    /// <param name="raw">The string as found in a file.</param>
    /// <returns>The outcome, or <see cref="OutcomeCategory.Unknown"/> when blank or not recognised.</returns>
    public static OutcomeCategory FromRaw(ReadOnlySpan<char> raw) => s_vocabulary.FromRaw(raw);

    /// <summary>The display name of an outcome, as data.police.uk writes it.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(OutcomeCategory outcome) => s_vocabulary.Name(outcome);
}
