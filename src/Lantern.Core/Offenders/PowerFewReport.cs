namespace Lantern.Core.Offenders;

/// <summary>
/// The "power few" (DOMAIN.md §2, §4): how concentrated harm is among offenders, and among the victims who suffered it
/// (harm of counted offences naming a known victim). In Northamptonshire 7% of detected offenders caused 80% of harm.
/// </summary>
/// <param name="Offenders">Concentration over offenders.</param>
/// <param name="Victims">Concentration over known victims.</param>
public sealed record PowerFewReport(PowerFewSide Offenders, PowerFewSide Victims);
