namespace Lantern.Core.Forecasting;

/// <summary>How a self-exciting model turns its intensity λ(t) into a cell's risk for a target period [s, e).</summary>
public enum SeppIntensity
{
    /// <summary>∫ λ over the period: the expected number of events (or harm) in the cell during the target. The default.</summary>
    Integrated,

    /// <summary>λ(s), the intensity at the period's start, as open_cp's <c>seppexp</c> and <c>sepp</c> predict.</summary>
    Instant,
}
