namespace Lantern.Core.Crimes;

/// <summary>
/// The 14 crime categories of data.police.uk street files (since May 2013), plus an explicit unknown.
/// </summary>
/// <remarks>
/// Values are stored as integers in the database: never renumber. Raw strings are always kept beside the
/// canonical value; see <see cref="CrimeCategories"/> for the vocabulary and legacy spellings.
/// </remarks>
public enum CrimeCategory
{
    /// <summary>A category string that matched no known spelling.</summary>
    Unknown = 0,

    /// <summary>Anti-social behaviour (not a notifiable crime).</summary>
    AntiSocialBehaviour = 1,

    /// <summary>Bicycle theft.</summary>
    BicycleTheft = 2,

    /// <summary>Burglary (residential and non-residential).</summary>
    Burglary = 3,

    /// <summary>Criminal damage and arson.</summary>
    CriminalDamageAndArson = 4,

    /// <summary>Drugs (possession and trafficking).</summary>
    Drugs = 5,

    /// <summary>Other crime.</summary>
    OtherCrime = 6,

    /// <summary>Other theft.</summary>
    OtherTheft = 7,

    /// <summary>Possession of weapons.</summary>
    PossessionOfWeapons = 8,

    /// <summary>Public order.</summary>
    PublicOrder = 9,

    /// <summary>Robbery.</summary>
    Robbery = 10,

    /// <summary>Shoplifting.</summary>
    Shoplifting = 11,

    /// <summary>Theft from the person.</summary>
    TheftFromThePerson = 12,

    /// <summary>Vehicle crime.</summary>
    VehicleCrime = 13,

    /// <summary>Violence and sexual offences.</summary>
    ViolenceAndSexualOffences = 14,

    /// <summary>Legacy (before May 2013): "Violent crime" with no split available.</summary>
    LegacyViolentCrime = 15,

    /// <summary>Legacy (before May 2013): "Public disorder and weapons" with no split available.</summary>
    LegacyPublicDisorderAndWeapons = 16,
}
