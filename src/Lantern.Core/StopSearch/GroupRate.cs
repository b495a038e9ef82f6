namespace Lantern.Core.StopSearch;

/// <summary>
/// One ethnic group's searches per 1,000 residents and its ratio to the White group's rate, each with a 95% interval
/// (see <see cref="Disproportionality"/> for the method). Nulls mean "cannot be worked out", never zero.
/// </summary>
/// <param name="Group">The group.</param>
/// <param name="Searches">Searches of people in the group.</param>
/// <param name="Residents">Census residents in the group (the denominator, taken as fixed).</param>
/// <param name="RatePer1000">Searches ÷ residents × 1,000, over the whole period counted (a yearly rate only when the period is a year); null when there are no residents.</param>
/// <param name="RateLow">Lower end of the exact Poisson 95% interval of the rate.</param>
/// <param name="RateHigh">Upper end of that interval.</param>
/// <param name="RatioToWhite">This group's rate ÷ the White rate; null when the White rate is zero or unknown. 1 for White itself.</param>
/// <param name="RatioLow">Lower end of the 95% interval of the ratio; null when either count is zero.</param>
/// <param name="RatioHigh">Upper end of that interval.</param>
public sealed record GroupRate(
    EthnicGroup Group,
    long Searches,
    long Residents,
    double? RatePer1000,
    double? RateLow,
    double? RateHigh,
    double? RatioToWhite,
    double? RatioLow,
    double? RatioHigh);
