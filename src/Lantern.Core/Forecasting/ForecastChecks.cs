namespace Lantern.Core.Forecasting;

/// <summary>The argument checks every method and model makes, so all refuse the same things the same way.</summary>
internal static class ForecastChecks
{
    public static void Fit(ForecastEvents events, ForecastTarget target)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Resolution != target.Resolution)
        {
            throw new ArgumentException(
                $"The events are at {events.Resolution} resolution but the target {target} is at {target.Resolution}.", nameof(target));
        }
    }

    public static void Predict(ForecastTarget fitted, ForecastTarget target)
    {
        if (target.Resolution != fitted.Resolution)
        {
            throw new ArgumentException($"The model was fitted at {fitted.Resolution} resolution, not {target.Resolution}.", nameof(target));
        }

        if (target.Start < fitted.Start)
        {
            throw new ArgumentException(
                $"The model was fitted for {fitted} and holds events up to its start: it cannot forecast the earlier {target}.", nameof(target));
        }
    }

    /// <summary>The start of a window reaching back from the target's start, or −∞ for all history.</summary>
    public static double WindowStart(ForecastPeriod? window, ForecastTarget target) =>
        window is { } w ? target.Start - w.In(target.Resolution) : double.NegativeInfinity;

    public static double PositiveMetres(double metres, string name) =>
        double.IsFinite(metres) && metres > 0 && metres <= 100_000
            ? metres
            : throw new ArgumentOutOfRangeException(name, metres, "A distance must be more than 0 and at most 100,000 metres.");
}
