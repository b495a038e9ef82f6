namespace Lantern.Core.Tasking;

/// <summary>Which cells may be ranked onto the tasking list.</summary>
public enum TaskingMethod
{
    /// <summary>Every cell with harm, ranked by its harm-weighted count; Gi* significance is shown beside each place.</summary>
    HarmWeightedCount = 0,

    /// <summary>
    /// Only cells that are significant Gi* hot spots (high-harm clusters after the false discovery rate correction),
    /// ranked by harm-weighted count: a lone high-harm cell in a quiet neighbourhood is left off.
    /// </summary>
    GiStarHotSpots = 1,

    /// <summary>
    /// Cells with harm in the look-back period, ranked by a forecasting method's risk for the list's date
    /// (<see cref="TaskingOptions.Forecast"/>, issue #5) instead of by the harm already done: where harm is expected
    /// next rather than where it was.
    /// </summary>
    Forecast = 2,
}
