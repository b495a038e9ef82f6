namespace Lantern.Core.Crimes;

/// <summary>
/// The outcome of a crime as data.police.uk publishes it (the "Last outcome category" of street files and the
/// "Outcome type" of outcomes files), plus an explicit unknown.
/// </summary>
/// <remarks>
/// Values are stored as integers in the database: never renumber, only append. Raw strings are always kept beside
/// the canonical value; see <see cref="OutcomeCategories"/> for the vocabulary and legacy spellings.
/// </remarks>
public enum OutcomeCategory
{
    /// <summary>No outcome given (anti-social behaviour) or a string that matched no known spelling.</summary>
    Unknown = 0,

    /// <summary>Investigation complete; no suspect identified.</summary>
    InvestigationCompleteNoSuspectIdentified = 1,

    /// <summary>Unable to prosecute suspect.</summary>
    UnableToProsecuteSuspect = 2,

    /// <summary>Under investigation.</summary>
    UnderInvestigation = 3,

    /// <summary>Status update unavailable.</summary>
    StatusUpdateUnavailable = 4,

    /// <summary>Court result unavailable.</summary>
    CourtResultUnavailable = 5,

    /// <summary>Awaiting court outcome.</summary>
    AwaitingCourtOutcome = 6,

    /// <summary>Offender sent to prison.</summary>
    OffenderSentToPrison = 7,

    /// <summary>Offender given suspended prison sentence.</summary>
    OffenderGivenSuspendedPrisonSentence = 8,

    /// <summary>Offender given community sentence.</summary>
    OffenderGivenCommunitySentence = 9,

    /// <summary>Offender fined.</summary>
    OffenderFined = 10,

    /// <summary>Offender given conditional discharge.</summary>
    OffenderGivenConditionalDischarge = 11,

    /// <summary>Offender given absolute discharge.</summary>
    OffenderGivenAbsoluteDischarge = 12,

    /// <summary>Offender deprived of property.</summary>
    OffenderDeprivedOfProperty = 13,

    /// <summary>Offender ordered to pay compensation.</summary>
    OffenderOrderedToPayCompensation = 14,

    /// <summary>Offender otherwise dealt with.</summary>
    OffenderOtherwiseDealtWith = 15,

    /// <summary>Defendant found not guilty.</summary>
    DefendantFoundNotGuilty = 16,

    /// <summary>Defendant sent to Crown Court.</summary>
    DefendantSentToCrownCourt = 17,

    /// <summary>Court case unable to proceed.</summary>
    CourtCaseUnableToProceed = 18,

    /// <summary>Offender given a caution.</summary>
    OffenderGivenCaution = 19,

    /// <summary>Offender given penalty notice.</summary>
    OffenderGivenPenaltyNotice = 20,

    /// <summary>Offender given a drugs possession warning.</summary>
    OffenderGivenDrugsPossessionWarning = 21,

    /// <summary>Local resolution.</summary>
    LocalResolution = 22,

    /// <summary>Suspect charged.</summary>
    SuspectCharged = 23,

    /// <summary>Suspect charged as part of another case.</summary>
    SuspectChargedAsPartOfAnotherCase = 24,

    /// <summary>Action to be taken by another organisation.</summary>
    ActionToBeTakenByAnotherOrganisation = 25,

    /// <summary>Formal action is not in the public interest.</summary>
    FormalActionNotInPublicInterest = 26,

    /// <summary>Further action is not in the public interest.</summary>
    FurtherActionNotInPublicInterest = 27,

    /// <summary>Further investigation is not in the public interest.</summary>
    FurtherInvestigationNotInPublicInterest = 28,
}
