using Lantern.Core.StopSearch.Section60;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>
/// The beliefs an authorising officer may hold, in the words of the written authorisation: offered by the record form and
/// shown by the register (which showed the stored slug, "may", where the officer believed "serious violence may occur").
/// </summary>
internal static class Section60Beliefs
{
    public static readonly IReadOnlyList<(string Slug, string Text)> All =
    [
        ("may", "serious violence may occur"),
        ("will", "serious violence will occur"),
        ("weapon-used", "a weapon used in an incident is in the locality"),
        ("weapons-carried", "people are carrying weapons"),
    ];

    /// <summary>The belief's words.</summary>
    public static string Text(Section60Belief belief)
    {
        string slug = Section60RuleSet.BeliefSlug(belief);
        return All.FirstOrDefault(b => b.Slug == slug).Text ?? slug;
    }
}
