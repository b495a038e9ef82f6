namespace Lantern.Core.StopSearch.Section60;

/// <summary>A rule a Section 60 authorisation or its extension can break (<see cref="Section60Validator"/>).</summary>
public enum Section60Rule
{
    /// <summary>The authorisation has no reference.</summary>
    NoReference,

    /// <summary>The authorising officer is not named.</summary>
    NoAuthorisingOfficer,

    /// <summary>The authorising officer's rank is below the rule set's minimum.</summary>
    RankTooLow,

    /// <summary>No grounds are written.</summary>
    NoGrounds,

    /// <summary>No locality: no name, or no area.</summary>
    NoLocality,

    /// <summary>The belief is not one the rule set accepts (Best Use: serious violence "may" occur is not enough).</summary>
    BeliefNotAccepted,

    /// <summary>It ends before, or when, it starts.</summary>
    EndNotAfterStart,

    /// <summary>It runs longer than the rule set allows before an extension.</summary>
    PeriodTooLong,

    /// <summary>The rule set requires the community to be told, and no time is given.</summary>
    CommunityNotNotified,

    /// <summary>It has already been extended: only one extension is allowed.</summary>
    SecondExtension,

    /// <summary>The extending officer is not named.</summary>
    NoExtendingOfficer,

    /// <summary>The extending officer's rank is below the rule set's minimum.</summary>
    ExtendingRankTooLow,

    /// <summary>The extension does not end after the authorisation.</summary>
    ExtensionNotLater,

    /// <summary>The extension adds more than the rule set allows.</summary>
    ExtensionTooLong,

    /// <summary>With its extension it runs longer than the rule set allows in all.</summary>
    TotalTooLong,

    /// <summary>The extension was given after the authorisation had run out (or been withdrawn).</summary>
    ExtensionAfterEnd,
}
