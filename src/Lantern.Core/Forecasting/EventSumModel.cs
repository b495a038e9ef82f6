using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>The fitted form of an <see cref="IEventSumMethod"/>: the events known before the fitted target.</summary>
internal sealed class EventSumModel : IForecastModel
{
    private readonly IEventSumMethod _method;
    private readonly ForecastEvents _known;
    private readonly GridSpec _grid;
    private readonly CellExtent _extent;

    // periods: the method's periods, checked here to exist at the target's resolution.
    public EventSumModel(IEventSumMethod method, ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target,
        params ReadOnlySpan<ForecastPeriod?> periods)
    {
        ForecastChecks.Fit(events, target);
        foreach (ForecastPeriod? period in periods)
        {
            _ = period?.In(target.Resolution);
        }

        _method = method;
        _known = events.Between(double.NegativeInfinity, target.Start);
        _grid = grid;
        _extent = extent;
        FittedFor = target;
    }

    public ForecastTarget FittedFor { get; }

    public RiskSurface Predict(ForecastTarget target)
    {
        ForecastChecks.Predict(FittedFor, target);
        return _method.Compute(_known, _grid, _extent, target);
    }
}
