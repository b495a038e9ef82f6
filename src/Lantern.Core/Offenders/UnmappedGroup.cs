namespace Lantern.Core.Offenders;

/// <summary>A recorded ethnicity with no census group (unknown, not stated, or a value the mapping does not know): shown, never dropped.</summary>
/// <param name="Value">The value as recorded.</param>
/// <param name="Listed">People on the list with it.</param>
/// <param name="Suspects">People in the suspect population with it.</param>
public sealed record UnmappedGroup(string Value, long Listed, long Suspects);
