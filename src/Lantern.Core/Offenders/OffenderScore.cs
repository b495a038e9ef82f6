namespace Lantern.Core.Offenders;

/// <summary>One person's score under one set of options.</summary>
/// <param name="PersonId">The pseudonymous id.</param>
/// <param name="Rank">1 for the most harmful; 0 when the person has no counted offence in the window.</param>
/// <param name="Harm">Summed harm of counted offences (after any decay), in the weights' unit.</param>
/// <param name="Offences">Counted offences in the window.</param>
/// <param name="Victims">Distinct known victims of those offences.</param>
/// <param name="LatestOffence">The date of the latest counted offence, null when none.</param>
/// <param name="MonthsSinceLatest">Whole months (of 30.4375 days) from the latest counted offence to the window's end.</param>
/// <param name="Points">RFGV points.</param>
/// <param name="Wanted">Whether the person is wanted (an outstanding suspect).</param>
public readonly record struct OffenderScore(string PersonId, int Rank, double Harm, int Offences, int Victims, DateOnly? LatestOffence, int MonthsSinceLatest,
    RfgPoints Points, bool Wanted);
