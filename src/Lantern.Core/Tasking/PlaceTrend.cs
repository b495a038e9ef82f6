namespace Lantern.Core.Tasking;

/// <summary>
/// A place's crimes with harm in the look-back period against the previous period of the same length, with an exact
/// conditional Poisson test.
/// </summary>
/// <remarks>
/// Rates are per month of data present, so a missing month does not read as a fall. Given n = current + previous
/// crimes, the current count is binomial(n, m_c / (m_c + m_p)) when the monthly rate has not changed, where m_c and
/// m_p are the months present; the two-sided p-value doubles the smaller tail (capped at 1).
/// </remarks>
/// <param name="Current">Crimes with harm in the look-back period.</param>
/// <param name="Previous">Crimes with harm in the previous period.</param>
/// <param name="CurrentMonths">Months of data present in the look-back period.</param>
/// <param name="PreviousMonths">Months of data present in the previous period.</param>
/// <param name="ChangePercent">Change in the monthly rate, percent; null when the previous period had none or is not in the data.</param>
/// <param name="PValue">Two-sided p-value; null when not available.</param>
/// <param name="Direction">Rising or falling when p &lt; 0.05, else no clear change.</param>
public readonly record struct PlaceTrend(int Current, int Previous, int CurrentMonths, int PreviousMonths, double? ChangePercent,
    double? PValue, TrendDirection Direction);
