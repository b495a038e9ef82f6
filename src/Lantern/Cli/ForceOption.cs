using Lantern.Core.Forces;

namespace Lantern.Cli;

/// <summary>Forces are named by data.police.uk slug ('gwent', 'city-of-london') or full name ("Gwent Police").</summary>
internal static class ForceOption
{
    /// <summary>
    /// The slug of the force given, or null for none. A name that is no force Lantern knows is bad input (exit code 1), as
    /// an unknown slug is wherever a command needs the force's data ("No crimes for gwnet"): the option was given, well
    /// formed, with a value the command cannot use. It was a usage error (2), so the same misspelt force exited 2 or 1
    /// depending on how it was written.
    /// </summary>
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return PoliceForces.ToSlug(text)
            ?? throw new CliException($"'{text}' is not a force: use a data.police.uk slug such as 'gwent' or 'city-of-london', or the full name");
    }

    /// <summary>
    /// Refuses a force the store holds no crimes for, for a place adjustment (command line and web): slugs are open (a force
    /// export may bring any force), so a typo is a force with no crimes, and its adjustment would reach no tasking list.
    /// </summary>
    public static void RequireCrimes(Lantern.Data.Store.LanternStore store, string slug)
    {
        IReadOnlyList<string> held = Lantern.Data.Store.CrimeQuery.ForceList(store);
        if (!held.Contains(slug, StringComparer.Ordinal))
        {
            throw new CliException($"No crimes for {slug} in {store.Name}: an adjustment is for a force's tasking lists" +
                (held.Count > 0 ? $" (forces held: {string.Join(", ", held)})" : " (import its crimes first)"));
        }
    }
}
