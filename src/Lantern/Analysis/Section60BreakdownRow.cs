using Lantern.Core.StopSearch;

namespace Lantern.Analysis;

/// <summary>One row of a breakdown of the searches under an authorisation, or the row withheld.</summary>
/// <param name="Key">The value's name in code (<c>Arrest</c>, <c>Black</c>).</param>
/// <param name="Name">The value in words.</param>
/// <param name="Share">Its share of the searches; null when withheld.</param>
/// <param name="Rates">Its searches and outcome rates; null when withheld.</param>
/// <param name="Suppressed">Whether it is withheld: too few searches to show those who may see aggregates only.</param>
internal sealed record Section60BreakdownRow(string Key, string Name, double? Share, OutcomeRates? Rates, bool Suppressed);
