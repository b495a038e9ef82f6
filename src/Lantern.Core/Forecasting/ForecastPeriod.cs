using System.Globalization;

namespace Lantern.Core.Forecasting;

/// <summary>
/// A length of time for a forecasting parameter (a window, a bandwidth, a time unit): so many days, weeks or months.
/// </summary>
/// <remarks>
/// Days and weeks apply only to timestamped data and months only to month-resolution data: a month is not a whole number
/// of days, and data.police.uk months have no weeks, so a period in the wrong unit is refused rather than approximated.
/// </remarks>
public readonly record struct ForecastPeriod
{
    private ForecastPeriod(double length, PeriodUnit unit)
    {
        if (!double.IsFinite(length) || length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A period must be finite and positive.");
        }

        Length = length;
        Unit = unit;
    }

    /// <summary>Number of units, positive.</summary>
    public double Length { get; }

    /// <summary>The unit.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>A period of days (timestamped data).</summary>
    /// <param name="days">Positive; fractions allowed (0.5 = 12 hours).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or not positive.</exception>
    public static ForecastPeriod Days(double days) => new(days, PeriodUnit.Day);

    /// <summary>A period of weeks (timestamped data).</summary>
    /// <param name="weeks">Positive.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or not positive.</exception>
    public static ForecastPeriod Weeks(double weeks) => new(weeks, PeriodUnit.Week);

    /// <summary>A period of whole months (month-resolution data).</summary>
    /// <param name="months">At least 1.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public static ForecastPeriod Months(int months) => new(months, PeriodUnit.Month);

    /// <summary>The length in the time units of data at <paramref name="resolution"/>: days, or months.</summary>
    /// <param name="resolution">The data's resolution.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentException">The unit does not exist at that resolution.</exception>
    public double In(TimeResolution resolution) => (resolution, Unit) switch
    {
        (TimeResolution.Timestamp, PeriodUnit.Day) => Length,
        (TimeResolution.Timestamp, PeriodUnit.Week) => Length * 7,
        (TimeResolution.Month, PeriodUnit.Month) => Length,
        (TimeResolution.Timestamp, _) => throw new ArgumentException(
            $"Timestamped data measures time in days: {this} is in months, which are not a fixed number of days.", nameof(resolution)),
        _ => throw new ArgumentException($"Month-resolution data has no days or weeks: give {this} in months.", nameof(resolution)),
    };

    /// <summary>The period as text, e.g. "8 weeks".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Length:0.###} {Unit.ToString().ToLowerInvariant()}{(Length == 1 ? "" : "s")}");
}
