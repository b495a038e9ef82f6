namespace Lantern.Core.StopSearch;

/// <summary>
/// What came of a set of searches: how many there were, the find rate (outcome linked to the object of the search),
/// the arrest rate and the positive outcome rate (any outcome other than no further action), each with its 95%
/// Wilson interval.
/// </summary>
/// <param name="Searches">Searches in the set.</param>
/// <param name="Find">Searches whose outcome was linked to the object of the search, of those where the force recorded
/// whether it was (a blank is not counted either way; the Met leaves it blank throughout).</param>
/// <param name="Arrest">Searches ending in arrest, of those with a recorded outcome.</param>
/// <param name="Positive">Searches with any outcome other than no further action, of those with a recorded outcome.</param>
public sealed record OutcomeRates(long Searches, Proportion Find, Proportion Arrest, Proportion Positive);
