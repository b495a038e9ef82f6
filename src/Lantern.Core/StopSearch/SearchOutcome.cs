namespace Lantern.Core.StopSearch;

/// <summary>The outcome of a search, normalised across the names data.police.uk used over the years.</summary>
/// <remarks>Stored as integers in the database: never renumber, only append. See <see cref="StopSearchVocabulary"/>.</remarks>
public enum SearchOutcome
{
    /// <summary>Blank or not recognised.</summary>
    Unknown = 0,

    /// <summary>A no further action disposal (formerly "Nothing found - no further action").</summary>
    NoFurtherAction = 1,

    /// <summary>Arrest (formerly "Suspect arrested").</summary>
    Arrest = 2,

    /// <summary>Summons / charged by post (formerly "Suspect summonsed to court").</summary>
    SummonsOrChargedByPost = 3,

    /// <summary>Caution, simple or conditional (formerly "Offender cautioned").</summary>
    Caution = 4,

    /// <summary>Penalty Notice for Disorder (formerly "Offender given penalty notice").</summary>
    PenaltyNotice = 5,

    /// <summary>Drugs possession warning ("Offender given drugs possession warning" in 2016 files, "Khat or Cannabis warning" in 2018 files).</summary>
    DrugsPossessionWarning = 6,

    /// <summary>Community resolution (also "Local resolution" in older files).</summary>
    CommunityResolution = 7,

    /// <summary>"Article found - Detailed outcome unavailable" (older files).</summary>
    ArticleFoundOutcomeUnavailable = 8,
}
