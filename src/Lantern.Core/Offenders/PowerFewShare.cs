namespace Lantern.Core.Offenders;

/// <summary>The share of all harm that the top <see cref="Percent"/>% of people account for.</summary>
/// <param name="Percent">The top share of people, e.g. 1, 5 or 10.</param>
/// <param name="People">How many people that is (rounded up, at least 1).</param>
/// <param name="HarmShare">Their share of the harm, 0 to 1.</param>
public readonly record struct PowerFewShare(double Percent, int People, double HarmShare);
