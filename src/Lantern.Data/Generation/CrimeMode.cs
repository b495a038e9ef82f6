using Lantern.Core.Crimes;

namespace Lantern.Data.Generation;

/// <summary>
/// One way a category of crime happens in the synthetic town (violence in the night-time economy, violence at
/// home, ...): where, at what hours, on which days, in which season, with what time window.
/// Each category is a mix of one to three modes.
/// </summary>
internal sealed class CrimeMode
{
    private readonly double[] _dayOfWeek;

    /// <summary>Creates a mode.</summary>
    /// <param name="name">For documentation and diagnostics.</param>
    /// <param name="category">The category.</param>
    /// <param name="share">Share of the category's events, 0 to 1 (a category's modes sum to 1).</param>
    /// <param name="places">Share of the located events at each kind of place (sums to 1).</param>
    /// <param name="scattered">Share of events spread thinly over the built-up area instead.</param>
    /// <param name="hours">Hour-of-day shape of the window start.</param>
    /// <param name="dayOfWeek">Relative weight of Monday to Sunday.</param>
    /// <param name="seasonAmplitude">Seasonal swing: the peak day is (1 + a) times the mean, the trough (1 − a).</param>
    /// <param name="seasonPeakDay">Day of the year of the seasonal peak (190 ≈ 9 July).</param>
    /// <param name="window">How long the committed window is.</param>
    public CrimeMode(string name, CrimeCategory category, double share, (PlaceKind Kind, double Share)[] places, double scattered,
        HourShape hours, double[] dayOfWeek, double seasonAmplitude, int seasonPeakDay, WindowKind window)
    {
        System.Diagnostics.Debug.Assert(dayOfWeek.Length == 7, "Monday to Sunday.");
        Name = name;
        Category = category;
        Share = share;
        Places = places;
        Scattered = scattered;
        Hours = hours;
        SeasonAmplitude = seasonAmplitude;
        SeasonPeakDay = seasonPeakDay;
        Window = window;
        double mean = dayOfWeek.Average();
        _dayOfWeek = [.. dayOfWeek.Select(d => d / mean)];
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The category.</summary>
    public CrimeCategory Category { get; }

    /// <summary>Share of the category.</summary>
    public double Share { get; }

    /// <summary>Share of located events by kind of place.</summary>
    public IReadOnlyList<(PlaceKind Kind, double Share)> Places { get; }

    /// <summary>Share spread over the built-up area.</summary>
    public double Scattered { get; }

    /// <summary>Hour-of-day shape.</summary>
    public HourShape Hours { get; }

    /// <summary>Seasonal amplitude.</summary>
    public double SeasonAmplitude { get; }

    /// <summary>Seasonal peak, day of year.</summary>
    public int SeasonPeakDay { get; }

    /// <summary>Window length.</summary>
    public WindowKind Window { get; }

    /// <summary>Relative intensity on a day: season × day of week (mean about 1 over a year).</summary>
    /// <param name="day">The date.</param>
    /// <returns>The weight.</returns>
    public double DayWeight(DateOnly day)
    {
        double season = 1.0 + (SeasonAmplitude * Math.Cos(2.0 * Math.PI * (day.DayOfYear - SeasonPeakDay) / 365.25));
        int monday0 = ((int)day.DayOfWeek + 6) % 7;
        return season * _dayOfWeek[monday0];
    }
}
