namespace Lantern.Core.Forecasting;

/// <summary>The time resolution the forecasting engine works at, which decides what a time value means.</summary>
/// <remarks>The engine never pretends to more resolution than the data has (DESIGN: month-only data stays monthly).</remarks>
public enum TimeResolution
{
    /// <summary>data.police.uk: every event has a month, nothing finer; times count months (<see cref="Time.YearMonth.Index"/>; + 0.5, the middle, for an event).</summary>
    Month,

    /// <summary>Force exports with a local time window: times are days (and fractions) since 0001-01-01 local wall-clock.</summary>
    Timestamp,
}
