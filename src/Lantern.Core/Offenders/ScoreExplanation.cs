namespace Lantern.Core.Offenders;

/// <summary>
/// Why a person has their score: every record held and what it contributed, the window, the versions of the weights,
/// groups and bands, and the same in sentences a supervisor can check against the records (issue #6).
/// </summary>
/// <param name="Score">The score explained.</param>
/// <param name="RankedOf">How many people have a counted offence in the window.</param>
/// <param name="WindowStart">First day of the window.</param>
/// <param name="WindowEnd">Last day of the window.</param>
/// <param name="OffenceSet">The offence set's entries.</param>
/// <param name="WeightsVersion">Version of the harm weights.</param>
/// <param name="GroupsVersion">Version of the offence groups.</param>
/// <param name="BandsVersion">Version of the RFGV bands.</param>
/// <param name="HalfLifeDays">The decay's half-life, null for none.</param>
/// <param name="Contributions">Every record of the person, newest first.</param>
/// <param name="Lines">The explanation in words.</param>
public sealed record ScoreExplanation(OffenderScore Score, int RankedOf, DateOnly WindowStart, DateOnly WindowEnd, string OffenceSet, string WeightsVersion,
    string GroupsVersion, string BandsVersion, double? HalfLifeDays, IReadOnlyList<ScoreContribution> Contributions, IReadOnlyList<string> Lines);
