using Lantern.Core.StopSearch;

namespace Lantern.Core.Offenders;

/// <summary>
/// Maps the ethnicity an offender records export gives (the force's words) to the census's five high-level groups,
/// with the same mapping stop and search uses for self-defined ethnicity (<see cref="StopSearchVocabulary.EthnicGroupFromRaw"/>):
/// "White", "Black", ... or a census label such as "Black/African/Caribbean/Black British - African". Anything else,
/// including unknown and not stated, has no census group and is shown as unmapped, never dropped.
/// </summary>
public static class OffenderEthnicity
{
    /// <summary>The census group of a recorded value, null when it has none.</summary>
    /// <param name="value">The value as recorded.</param>
    /// <returns>The group, or null.</returns>
    public static EthnicGroup? CensusGroupOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        EthnicGroup group = StopSearchVocabulary.EthnicGroupFromRaw(value);
        return group == EthnicGroup.Unknown ? null : group;
    }
}
