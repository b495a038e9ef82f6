namespace Lantern.Core.StopSearch;

/// <summary>
/// The five high-level ethnic groups used for disproportionality (DOMAIN.md §5), from either the self-defined
/// (detailed, 16+1 census categories) or the officer-defined (already high-level) ethnicity.
/// </summary>
/// <remarks>
/// Stored as integers in the database: never renumber. "Not stated" maps to <see cref="Unknown"/>, which the Home
/// Office method excludes. Chinese is in <see cref="Asian"/> under the 2011 census grouping and in
/// <see cref="Other"/> under the older 2001 grouping ("Chinese or other ethnic group"); the label decides.
/// </remarks>
public enum EthnicGroup
{
    /// <summary>Blank, not stated or not recognised.</summary>
    Unknown = 0,

    /// <summary>White.</summary>
    White = 1,

    /// <summary>Black, Black British, Caribbean or African.</summary>
    Black = 2,

    /// <summary>Asian or Asian British.</summary>
    Asian = 3,

    /// <summary>Mixed or multiple ethnic groups.</summary>
    Mixed = 4,

    /// <summary>Other ethnic group.</summary>
    Other = 5,
}
