using Lantern.Core.Forces;

namespace Lantern.Cli;

/// <summary>Forces are named by data.police.uk slug ('gwent', 'city-of-london') or full name ("Gwent Police").</summary>
internal static class ForceOption
{
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return PoliceForces.ToSlug(text)
            ?? throw new CliException($"'{text}' is not a force: use a data.police.uk slug such as 'gwent' or 'city-of-london', or the full name", ExitCodes.Usage);
    }
}
