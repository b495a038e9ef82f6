namespace Lantern.Core.StopSearch;

/// <summary>What the officer was looking for (the "Object of search" column).</summary>
/// <remarks>Stored as integers in the database: never renumber, only append. See <see cref="StopSearchVocabulary"/>.</remarks>
public enum ObjectOfSearch
{
    /// <summary>Blank or not recognised.</summary>
    Unknown = 0,

    /// <summary>Controlled drugs.</summary>
    ControlledDrugs = 1,

    /// <summary>Offensive weapons.</summary>
    OffensiveWeapons = 2,

    /// <summary>Stolen goods.</summary>
    StolenGoods = 3,

    /// <summary>Articles for use in criminal damage.</summary>
    ArticlesForUseInCriminalDamage = 4,

    /// <summary>Article for use in theft.</summary>
    ArticlesForUseInTheft = 5,

    /// <summary>Evidence of offences under the Act.</summary>
    EvidenceOfOffencesUnderTheAct = 6,

    /// <summary>Firearms.</summary>
    Firearms = 7,

    /// <summary>Fireworks.</summary>
    Fireworks = 8,

    /// <summary>Anything to threaten or harm anyone (the section 60 object).</summary>
    AnythingToThreatenOrHarmAnyone = 9,

    /// <summary>Psychoactive substances.</summary>
    PsychoactiveSubstances = 10,

    /// <summary>Articles for use in terrorism.</summary>
    TerrorismRelatedArticles = 11,

    /// <summary>Evidence of wildlife or hunting offences, game or poaching equipment, seals or hunting equipment.</summary>
    WildlifeOrHunting = 12,

    /// <summary>Goods on which duty has not been paid.</summary>
    GoodsOnWhichDutyNotPaid = 13,

    /// <summary>Crossbows.</summary>
    Crossbows = 14,

    /// <summary>"Detailed object of search unavailable".</summary>
    DetailUnavailable = 15,
}
