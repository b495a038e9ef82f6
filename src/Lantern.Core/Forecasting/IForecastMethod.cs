using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>
/// A forecasting method: learns from events known strictly before a target period and gives a risk for every cell of a
/// study area. Implementations are immutable (their parameters are fixed at construction) and thread safe.
/// </summary>
public interface IForecastMethod
{
    /// <summary>Short name, as the CLI and reports use it ("naive", "prospective", "grid-sepp", ...).</summary>
    public string Name { get; }

    /// <summary>Fits the method to the events known strictly before <paramref name="target"/> starts.</summary>
    /// <param name="events">All events; those not known before the target's start are ignored.</param>
    /// <param name="grid">The grid (national-grid aligned).</param>
    /// <param name="extent">The study area.</param>
    /// <param name="target">The first period the model will forecast.</param>
    /// <returns>A model that forecasts <paramref name="target"/> or any later period from the same events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">The events' resolution differs from the target's, or a parameter has no meaning at it.</exception>
    public IForecastModel Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target);
}
