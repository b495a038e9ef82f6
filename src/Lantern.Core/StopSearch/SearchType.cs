namespace Lantern.Core.StopSearch;

/// <summary>What was searched (the "Type" column of data.police.uk stop-and-search files).</summary>
/// <remarks>Stored as integers in the database: never renumber. See <see cref="StopSearchVocabulary"/>.</remarks>
public enum SearchType
{
    /// <summary>Blank or not recognised.</summary>
    Unknown = 0,

    /// <summary>Person search.</summary>
    Person = 1,

    /// <summary>Vehicle search (no person searched).</summary>
    Vehicle = 2,

    /// <summary>Person and vehicle search.</summary>
    PersonAndVehicle = 3,
}
