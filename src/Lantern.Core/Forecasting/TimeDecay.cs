namespace Lantern.Core.Forecasting;

/// <summary>How kernel density forecasting weighs an event by its age a (time before the target's start) with scale s.</summary>
public enum TimeDecay
{
    /// <summary>No decay: every event in the window weighs the same.</summary>
    None,

    /// <summary>exp(−a/s).</summary>
    Exponential,

    /// <summary>1/(1 + (a/s)²): a slower, heavy-tailed decay.</summary>
    Quadratic,
}
