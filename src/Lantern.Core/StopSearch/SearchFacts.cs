namespace Lantern.Core.StopSearch;

/// <summary>What a summary counts of one search: no identity, no time of day, no place beyond whether it had one.</summary>
/// <param name="MonthIndex">The search's month as <see cref="Time.YearMonth.Index"/> (UK local time).</param>
/// <param name="Legislation">The power used.</param>
/// <param name="ObjectOfSearch">What was looked for.</param>
/// <param name="Outcome">What came of it.</param>
/// <param name="OutcomeLinked">Whether the outcome was linked to the object of the search; null when not recorded.</param>
/// <param name="AgeRange">Age band of the person searched.</param>
/// <param name="Gender">Gender of the person searched.</param>
/// <param name="SelfDefined">Self-defined ethnicity, as one of the five groups or unknown.</param>
/// <param name="OfficerDefined">Officer-defined ethnicity, as one of the five groups or unknown.</param>
/// <param name="HasLocation">Whether the search has coordinates.</param>
public readonly record struct SearchFacts(
    int MonthIndex,
    Legislation Legislation,
    ObjectOfSearch ObjectOfSearch,
    SearchOutcome Outcome,
    bool? OutcomeLinked,
    AgeRange AgeRange,
    Gender Gender,
    EthnicGroup SelfDefined,
    EthnicGroup OfficerDefined,
    bool HasLocation);
