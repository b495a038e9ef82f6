using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>What recording an authorisation, extension or withdrawal came to: the register entry as it now stands, or every reason it was refused.</summary>
/// <param name="Recorded">The entry after the change; null when refused.</param>
/// <param name="Problems">Every reason it was refused; empty when recorded.</param>
/// <param name="Choices">Choices made because the request left them open (the rule set from the force's setting, "now").</param>
internal sealed record Section60Outcome(Section60Row? Recorded, IReadOnlyList<Section60Problem> Problems, IReadOnlyList<string> Choices)
{
    public static Section60Outcome Refused(IReadOnlyList<Section60Problem> problems) => new(null, problems, []);
}
