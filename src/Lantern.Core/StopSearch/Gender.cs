namespace Lantern.Core.StopSearch;

/// <summary>The gender recorded for the person searched.</summary>
/// <remarks>Stored as integers in the database: never renumber. See <see cref="StopSearchVocabulary"/>.</remarks>
public enum Gender
{
    /// <summary>Blank (vehicle-only searches) or not recognised.</summary>
    Unknown = 0,

    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Female.</summary>
    Female = 2,

    /// <summary>Other.</summary>
    Other = 3,
}
