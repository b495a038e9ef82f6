namespace Lantern.Core.StopSearch;

/// <summary>
/// One group in the outcome test: its rate with a 95% Wilson interval and its difference from the White group's rate
/// with a 95% interval by Newcombe's hybrid score method (Newcombe 1998, method 10), built from the two Wilson intervals.
/// </summary>
/// <param name="Group">The ethnic group.</param>
/// <param name="Rate">The group's find rate (or positive outcome rate, as the test says).</param>
/// <param name="DifferenceFromWhite">Rate − White rate, as a fraction (−0.03 is three percentage points lower); null when either is unknown, and for White.</param>
/// <param name="DifferenceLow">Lower end of the difference's 95% interval.</param>
/// <param name="DifferenceHigh">Upper end of the difference's 95% interval.</param>
public sealed record OutcomeTestRow(EthnicGroup Group, Proportion Rate, double? DifferenceFromWhite, double? DifferenceLow, double? DifferenceHigh);
