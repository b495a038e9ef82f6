using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Core.Forecasting;

/// <summary>
/// The period a forecast is for: a day (or a shift, or several days) of timestamped data, or a month of month-resolution
/// data. Only events known strictly before <see cref="Start"/> may inform it.
/// </summary>
/// <remarks>
/// Times are in the data's units (<see cref="TimeResolution"/>): days since 0001-01-01 local wall-clock for timestamps, month
/// indices for months. The period is half-open, [Start, End).
/// </remarks>
public readonly record struct ForecastTarget
{
    private ForecastTarget(TimeResolution resolution, double start, double end, string label)
    {
        Resolution = resolution;
        Start = start;
        End = end;
        Label = label;
    }

    /// <summary>The resolution of the data the target is for.</summary>
    public TimeResolution Resolution { get; }

    /// <summary>Start of the period (inclusive), in the data's time units.</summary>
    public double Start { get; }

    /// <summary>End of the period (exclusive), in the data's time units.</summary>
    public double End { get; }

    /// <summary>Length of the period, in the data's time units (days, or months).</summary>
    public double Length => End - Start;

    /// <summary>The period as text: "2024-03-05", "2024-03-05 to 2024-03-11", "2024-03".</summary>
    public string Label { get; }

    /// <summary>One day of timestamped data, midnight to midnight local time.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The target.</returns>
    public static ForecastTarget Day(DateOnly day) =>
        new(TimeResolution.Timestamp, day.DayNumber, day.DayNumber + 1, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Several whole days of timestamped data from <paramref name="first"/>.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="days">Number of days, 1 to 366.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Days out of range.</exception>
    public static ForecastTarget Days(DateOnly first, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 366);
        DateOnly last = first.AddDays(days - 1);
        return new(TimeResolution.Timestamp, first.DayNumber, first.DayNumber + days, days == 1
            ? first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd} to {last:yyyy-MM-dd}"));
    }

    /// <summary>A period of timestamped data between two local times, such as a shift.</summary>
    /// <param name="start">Start, local wall-clock time.</param>
    /// <param name="end">End (exclusive), after <paramref name="start"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is empty.</exception>
    public static ForecastTarget Period(DateTime start, DateTime end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        return new(TimeResolution.Timestamp, DaysOf(start.Ticks), DaysOf(end.Ticks),
            string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd HH:mm} to {end:yyyy-MM-dd HH:mm}"));
    }

    /// <summary>A month of month-resolution data.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The target.</returns>
    public static ForecastTarget Month(YearMonth month) => new(TimeResolution.Month, month.Index, month.Index + 1, month.ToString());

    /// <summary>Days since 0001-01-01 of a tick count, the engine's time for timestamped data.</summary>
    internal static double DaysOf(long ticks) => ticks / (double)TimeSpan.TicksPerDay;

    /// <summary>The label.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Label;
}
