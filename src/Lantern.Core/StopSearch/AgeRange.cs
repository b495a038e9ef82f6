namespace Lantern.Core.StopSearch;

/// <summary>The age band of the person searched, as data.police.uk publishes it.</summary>
/// <remarks>Stored as integers in the database: never renumber. See <see cref="StopSearchVocabulary"/>.</remarks>
public enum AgeRange
{
    /// <summary>Blank or not recognised.</summary>
    Unknown = 0,

    /// <summary>Under 10.</summary>
    Under10 = 1,

    /// <summary>10 to 17.</summary>
    From10To17 = 2,

    /// <summary>18 to 24.</summary>
    From18To24 = 3,

    /// <summary>25 to 34.</summary>
    From25To34 = 4,

    /// <summary>Over 34.</summary>
    Over34 = 5,
}
