namespace Lantern.Core.Forecasting;

/// <summary>Where the observation period of a grid self-exciting fit ends, which sets T in the background rate μ = Σ p / T.</summary>
public enum ObservationWindow
{
    /// <summary>From the window's start (or the first event) to the target's start: the time the data were watched. The default.</summary>
    ToTargetStart,

    /// <summary>From the first event to the last event, as open_cp's <c>seppexp</c> does.</summary>
    FirstToLastEvent,
}
