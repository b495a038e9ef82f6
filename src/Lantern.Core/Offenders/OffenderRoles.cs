namespace Lantern.Core.Offenders;

/// <summary>The words of <see cref="OffenderRole"/> as the export format and the explanations write them.</summary>
public static class OffenderRoles
{
    /// <summary>The role's word: suspect, charged, convicted or victim.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The word.</returns>
    public static string Slug(OffenderRole role) => role switch
    {
        OffenderRole.Suspect => "suspect",
        OffenderRole.Charged => "charged",
        OffenderRole.Convicted => "convicted",
        OffenderRole.Victim => "victim",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
    };

    /// <summary>Reads a role's word, without regard to case.</summary>
    /// <param name="text">The word.</param>
    /// <param name="role">The role, when the word is one.</param>
    /// <returns>True when the word names a role.</returns>
    public static bool TryParse(string? text, out OffenderRole role)
    {
        role = (text ?? string.Empty).Trim().ToUpperInvariant() switch
        {
            "SUSPECT" => OffenderRole.Suspect,
            "CHARGED" => OffenderRole.Charged,
            "CONVICTED" => OffenderRole.Convicted,
            "VICTIM" => OffenderRole.Victim,
            _ => 0,
        };
        return role != 0;
    }

    /// <summary>Whether the role makes the record an alleged offence of the person (suspect, charged or convicted).</summary>
    /// <param name="role">The role.</param>
    /// <returns>False for victims.</returns>
    public static bool IsOffender(OffenderRole role) => role is OffenderRole.Suspect or OffenderRole.Charged or OffenderRole.Convicted;
}
