namespace Lantern.Core.StopSearch.Section60;

/// <summary>
/// The rules a Section 60 authorisation is checked against: who may authorise and extend, for how long, on what belief,
/// and whether the community must be told. Two sets, as data (DOMAIN.md §5): the statutory rules in force since May 2022
/// (<see cref="Statutory2022"/>) and the stricter Best Use of Stop and Search scheme of 2014 (<see cref="BestUse2014"/>),
/// which forces may still choose. The set used is recorded with each authorisation.
/// </summary>
/// <remarks>Both allow one extension, no more. Immutable and thread safe.</remarks>
public sealed class Section60RuleSet
{
    private Section60RuleSet(string slug, string name, string source, OfficerRank authorisingRank, OfficerRank extendingRank, TimeSpan maxInitial,
        TimeSpan maxExtension, TimeSpan maxTotal, bool willBelief, bool communityNotification)
    {
        Slug = slug;
        Name = name;
        Source = source;
        MinimumAuthorisingRank = authorisingRank;
        MinimumExtendingRank = extendingRank;
        MaxInitial = maxInitial;
        MaxExtension = maxExtension;
        MaxTotal = maxTotal;
        RequiresWillBelief = willBelief;
        RequiresCommunityNotification = communityNotification;
    }

    /// <summary>
    /// The law since May 2022: an inspector or above, believing serious violence may occur (or a weapon used in an incident
    /// is in the area, or weapons are being carried); up to 24 hours; one extension of up to 24 hours by a superintendent
    /// or above (48 hours in all).
    /// </summary>
    public static Section60RuleSet Statutory2022 { get; } = new(
        "statutory", "the statutory rules (since May 2022)",
        "Criminal Justice and Public Order Act 1994 s.60; Home Office relaxation of the Best Use conditions, May 2022",
        OfficerRank.Inspector, OfficerRank.Superintendent, TimeSpan.FromHours(24), TimeSpan.FromHours(24), TimeSpan.FromHours(48),
        willBelief: false, communityNotification: false);

    /// <summary>
    /// The Best Use of Stop and Search scheme (Home Office, 2014): a chief officer (assistant chief constable or commander)
    /// or above, believing serious violence will occur; up to 15 hours; one extension by a chief officer, up to 24 hours
    /// more and 39 hours in all; the community told.
    /// </summary>
    public static Section60RuleSet BestUse2014 { get; } = new(
        "best-use", "the rules of the Best Use of Stop and Search scheme (2014)", "Home Office, Best Use of Stop and Search Scheme, April 2014",
        OfficerRank.AssistantChiefConstable, OfficerRank.AssistantChiefConstable, TimeSpan.FromHours(15), TimeSpan.FromHours(24),
        TimeSpan.FromHours(39), willBelief: true, communityNotification: true);

    /// <summary>Both sets, statutory first (the default).</summary>
    public static IReadOnlyList<Section60RuleSet> All { get; } = [Statutory2022, BestUse2014];

    /// <summary>Short name, stored with each authorisation: <c>statutory</c> or <c>best-use</c>.</summary>
    public string Slug { get; }

    /// <summary>The set in words, plural, as messages name it: "the statutory rules (since May 2022)".</summary>
    public string Name { get; }

    /// <summary>Where the rules come from.</summary>
    public string Source { get; }

    /// <summary>The lowest rank that may authorise.</summary>
    public OfficerRank MinimumAuthorisingRank { get; }

    /// <summary>The lowest rank that may extend.</summary>
    public OfficerRank MinimumExtendingRank { get; }

    /// <summary>The longest an authorisation may run before any extension (elapsed time, not wall-clock hours).</summary>
    public TimeSpan MaxInitial { get; }

    /// <summary>The most an extension may add.</summary>
    public TimeSpan MaxExtension { get; }

    /// <summary>The longest an authorisation may run with its extension.</summary>
    public TimeSpan MaxTotal { get; }

    /// <summary>Whether a belief that serious violence may occur is not enough (Best Use: it must be that it will).</summary>
    public bool RequiresWillBelief { get; }

    /// <summary>Whether the community must have been told of the authorisation.</summary>
    public bool RequiresCommunityNotification { get; }

    /// <summary>Finds a set by slug (<c>statutory</c>, <c>best-use</c>; also <c>statutory-2022</c>, <c>best-use-2014</c>, <c>bestuse</c>).</summary>
    /// <param name="text">The text; case and surrounding spaces are ignored.</param>
    /// <param name="rules">The set, when recognised.</param>
    /// <returns>Whether the text names a set.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Section60RuleSet? rules)
    {
        rules = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "statutory" or "statutory-2022" => Statutory2022,
            "best-use" or "best-use-2014" or "bestuse" => BestUse2014,
            _ => null,
        };
        return rules is not null;
    }

    /// <summary>The short name of a belief: <c>may</c>, <c>will</c>, <c>weapon-used</c>, <c>weapons-carried</c>.</summary>
    /// <param name="belief">The belief.</param>
    /// <returns>Its slug.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a belief.</exception>
    public static string BeliefSlug(Section60Belief belief) => belief switch
    {
        Section60Belief.May => "may",
        Section60Belief.Will => "will",
        Section60Belief.WeaponUsed => "weapon-used",
        Section60Belief.WeaponsCarried => "weapons-carried",
        _ => throw new ArgumentOutOfRangeException(nameof(belief), belief, "Not a belief."),
    };

    /// <summary>Reads a belief by its slug (case ignored).</summary>
    /// <param name="text">The text.</param>
    /// <param name="belief">The belief, when recognised.</param>
    /// <returns>Whether the text names a belief.</returns>
    public static bool TryParseBelief(string? text, out Section60Belief belief)
    {
        string t = (text ?? string.Empty).Trim().ToLowerInvariant();
        foreach (Section60Belief b in Enum.GetValues<Section60Belief>())
        {
            if (t == BeliefSlug(b))
            {
                belief = b;
                return true;
            }
        }

        belief = default;
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Slug;
}
