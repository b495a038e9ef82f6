namespace Lantern.Core.StopSearch;

/// <summary>The power a search was made under (the "Legislation" column).</summary>
/// <remarks>Stored as integers in the database: never renumber, only append. See <see cref="StopSearchVocabulary"/>.</remarks>
public enum Legislation
{
    /// <summary>Blank or not recognised.</summary>
    Unknown = 0,

    /// <summary>Police and Criminal Evidence Act 1984, section 1 (stolen or prohibited articles, weapons).</summary>
    PaceSection1 = 1,

    /// <summary>Misuse of Drugs Act 1971, section 23.</summary>
    MisuseOfDrugsActSection23 = 2,

    /// <summary>Criminal Justice and Public Order Act 1994, section 60 (no suspicion once authorised).</summary>
    CjpoaSection60 = 3,

    /// <summary>Terrorism Act 2000, section 47A (no suspicion once authorised).</summary>
    TerrorismActSection47A = 4,

    /// <summary>Terrorism Act 2000, section 43 or 43A (reasonable suspicion of terrorism).</summary>
    TerrorismActSection43 = 5,

    /// <summary>Firearms Act 1968, section 47.</summary>
    FirearmsActSection47 = 6,

    /// <summary>Criminal Justice Act 1988, section 139B (school premises).</summary>
    CriminalJusticeActSection139B = 7,

    /// <summary>Psychoactive Substances Act 2016, sections 36 and 37.</summary>
    PsychoactiveSubstancesAct = 8,

    /// <summary>Police and Criminal Evidence Act 1984, section 6 (statutory undertakers).</summary>
    PaceSection6 = 9,

    /// <summary>Wildlife, hunting, poaching and animal welfare powers (Deer Act, Hunting Act, Badgers, Seals, Wildlife and Countryside Act, Poaching Prevention Act).</summary>
    WildlifeAndHunting = 10,

    /// <summary>Another named statute (Crossbows Act, Aviation Security Act, Customs and Excise Management Act, Sporting Events Act and so on).</summary>
    Other = 11,
}
