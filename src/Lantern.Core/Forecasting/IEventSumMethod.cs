using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>A method with nothing to estimate: its forecast is a weighted sum over the events known before the target.</summary>
internal interface IEventSumMethod
{
    public RiskSurface Compute(ForecastEvents known, GridSpec grid, CellExtent extent, ForecastTarget target);
}
