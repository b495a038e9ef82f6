namespace Lantern.Core.StopSearch;

/// <summary>The searches with one value of a field (one power, one age range, one ethnic group...) and what came of them.</summary>
/// <param name="Key">The canonical value's name in code (<c>PaceSection1</c>, <c>From18To24</c>), stable for scripts.</param>
/// <param name="Name">The value as data.police.uk writes it today.</param>
/// <param name="Share">Searches ÷ all searches in the summary; null when there are none.</param>
/// <param name="WithoutLocation">Searches with no coordinates (counted in every figure, not placed on a map).</param>
/// <param name="Rates">Searches and their outcome rates.</param>
public sealed record BreakdownRow(string Key, string Name, double? Share, long WithoutLocation, OutcomeRates Rates);
