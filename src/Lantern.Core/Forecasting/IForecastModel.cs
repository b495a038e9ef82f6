namespace Lantern.Core.Forecasting;

/// <summary>A fitted forecasting method: the events (and any estimated parameters) known before <see cref="FittedFor"/>.</summary>
public interface IForecastModel
{
    /// <summary>The target the model was fitted for: it holds only events known before this target's start.</summary>
    public ForecastTarget FittedFor { get; }

    /// <summary>The risk of every cell of the study area in <paramref name="target"/>.</summary>
    /// <param name="target">A period starting no earlier than <see cref="FittedFor"/>, at the same resolution.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentException">The target starts earlier than the model's, or has another resolution.</exception>
    public RiskSurface Predict(ForecastTarget target);
}
