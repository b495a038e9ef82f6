namespace Lantern.Core.Offenders;

/// <summary>One record's part in a score, or why it had none.</summary>
/// <param name="Record">The record.</param>
/// <param name="Group">Its offence group.</param>
/// <param name="Weight">Its harm weight before decay.</param>
/// <param name="Decay">The recency factor applied, 1 without decay.</param>
/// <param name="Harm">Weight × decay when counted, else 0.</param>
/// <param name="Counted">Whether it counts.</param>
/// <param name="Reason">Why it does not count (victim, outside the window, outside the set), or null when it does.</param>
public readonly record struct ScoreContribution(OffenderRecord Record, string Group, double Weight, double Decay, double Harm, bool Counted, string? Reason);
