namespace Lantern.Core.StopSearch.Section60;

/// <summary>
/// What the authorising officer believes, as section 60(1) of the Criminal Justice and Public Order Act 1994 words the
/// grounds. Stored by slug (<see cref="Section60RuleSet.BeliefSlug"/>).
/// </summary>
public enum Section60Belief
{
    /// <summary>Incidents involving serious violence may take place in the locality (s.60(1)(a), the statutory test).</summary>
    May,

    /// <summary>Incidents involving serious violence will take place (the Best Use scheme's stricter form of s.60(1)(a)).</summary>
    Will,

    /// <summary>An incident involving serious violence has taken place and a weapon used in it is being carried in the locality (s.60(1)(aa)).</summary>
    WeaponUsed,

    /// <summary>People are carrying dangerous instruments or offensive weapons in the locality without good reason (s.60(1)(b)).</summary>
    WeaponsCarried,
}
