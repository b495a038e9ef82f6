namespace Lantern.Core.Forecasting;

/// <summary>The unit of a <see cref="ForecastPeriod"/>.</summary>
public enum PeriodUnit
{
    /// <summary>Days: only for timestamped data.</summary>
    Day,

    /// <summary>Weeks of seven days: only for timestamped data.</summary>
    Week,

    /// <summary>Calendar months: only for month-resolution data.</summary>
    Month,
}
