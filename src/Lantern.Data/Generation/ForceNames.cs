using Lantern.Core.Forces;

namespace Lantern.Data.Generation;

/// <summary>How a force is named for people, from the slug commands and addresses use.</summary>
internal static class ForceNames
{
    /// <summary>"Gwent Police" for gwent, "Lantern Demo Constabulary" for the synthetic force; a slug Lantern does not know, as it is.</summary>
    public static string Of(string slug) => slug == SyntheticForce.Slug ? SyntheticForce.Name : PoliceForces.Find(slug)?.Name ?? slug;

    /// <summary>The slug of a force's full name as files write it ("Gwent Police"), the synthetic force's included; null for a name Lantern does not know.</summary>
    public static string? SlugOf(string name) => PoliceForces.ToSlug(name) ?? (name == SyntheticForce.Name ? SyntheticForce.Slug : null);

    /// <summary>"Gwent Police (gwent)": the name for people and the slug to type in the next command.</summary>
    public static string WithSlug(string slug) => Of(slug) is var name && name != slug ? $"{name} ({slug})" : slug;
}
