namespace Lantern.Core.Offenders;

/// <summary>
/// The part a person plays in a record, as the force export says it. A crime's record for a person carries its latest
/// stage (suspect, then charged, then convicted), so one offence counts once.
/// </summary>
/// <remarks>Stored as integers in the database: never renumber. Victims are never scored (DOMAIN.md §4).</remarks>
public enum OffenderRole
{
    /// <summary>Named as a suspect: an alleged offence.</summary>
    Suspect = 1,

    /// <summary>Charged with the offence.</summary>
    Charged = 2,

    /// <summary>Convicted of the offence.</summary>
    Convicted = 3,

    /// <summary>The victim: held for subject access and repeat-victim counts, never scored.</summary>
    Victim = 4,
}
