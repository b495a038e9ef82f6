namespace Lantern.Core.Time;

/// <summary>
/// Sunset and the end of civil twilight (civil dusk) for a place and date, computed with NOAA's solar position
/// algorithm (the NOAA Global Monitoring Laboratory's Solar Calculator, after Meeus, Astronomical Algorithms, 1991):
/// no lookup service, no table. Accurate to about a minute at the latitudes of Great Britain for years 1901-2099.
/// </summary>
/// <remarks>
/// <para>
/// Sunset is when the Sun's centre is 0.833° below the horizon (34′ of refraction and 16′ of the Sun's semi-diameter,
/// HM Nautical Almanac Office's convention); civil dusk when it is 6° below. Both are for sea level and a level horizon.
/// </para>
/// <para>
/// The date is the calendar date at the place: the event is the one after that date's solar noon, computed from
/// 00:00 UTC of the date, so a place far west of Greenwich gets its evening even when that falls on the next UTC date.
/// The time is found in two passes: the Sun's position at the date's noon gives a first time, and its position at that
/// time the answer (the Sun's declination moves up to 0.4° a day, about 1.5 minutes of dusk near the equinoxes).
/// </para>
/// <para>Pure and thread safe.</para>
/// </remarks>
public static class SolarTimes
{
    /// <summary>The Sun's centre at sunset: 50 arcminutes below the horizon.</summary>
    public const double SunsetAltitude = -0.833;

    /// <summary>The Sun's centre at the end of civil twilight: 6° below the horizon.</summary>
    public const double CivilDuskAltitude = -6.0;

    private const double Rad = Math.PI / 180;

    /// <summary>Sunset at a place on a date.</summary>
    /// <param name="date">The calendar date at the place.</param>
    /// <param name="latitude">WGS84 latitude in degrees, north positive, −90 to 90.</param>
    /// <param name="longitude">WGS84 longitude in degrees, east positive, −180 to 180.</param>
    /// <returns>The instant (offset zero), or null when the Sun does not set that day (midnight sun or polar night).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public static DateTimeOffset? Sunset(DateOnly date, double latitude, double longitude) =>
        Setting(date, latitude, longitude, SunsetAltitude);

    /// <summary>The end of civil twilight (the Sun's centre 6° below the horizon) at a place on a date.</summary>
    /// <param name="date">The calendar date at the place.</param>
    /// <param name="latitude">WGS84 latitude in degrees, north positive, −90 to 90.</param>
    /// <param name="longitude">WGS84 longitude in degrees, east positive, −180 to 180.</param>
    /// <returns>
    /// The instant (offset zero), or null when the Sun does not go 6° below the horizon that evening (the north of
    /// Scotland around midsummer: twilight all night).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public static DateTimeOffset? CivilDusk(DateOnly date, double latitude, double longitude) =>
        Setting(date, latitude, longitude, CivilDuskAltitude);

    /// <summary>When the Sun's centre, going down in the evening, reaches <paramref name="altitude"/>.</summary>
    /// <param name="date">The calendar date at the place.</param>
    /// <param name="latitude">WGS84 latitude in degrees, north positive, −90 to 90.</param>
    /// <param name="longitude">WGS84 longitude in degrees, east positive, −180 to 180.</param>
    /// <param name="altitude">The altitude of the Sun's centre in degrees, −90 to 90 (negative: below the horizon).</param>
    /// <returns>The instant (offset zero), or null when the Sun does not reach that altitude in the evening of that date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range or not a number.</exception>
    public static DateTimeOffset? Setting(DateOnly date, double latitude, double longitude, double altitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        }

        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        }

        if (!(altitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(altitude), altitude, "Altitude must be between -90 and 90 degrees.");
        }

        // Julian day of 00:00 UTC of the date: 2451544.5 is 2000-01-01T00:00Z.
        double midnight = 2451544.5 + (date.DayNumber - new DateOnly(2000, 1, 1).DayNumber);
        double minutes = 720 - (4 * longitude); // first guess: local mean noon
        for (int pass = 0; pass < 2; pass++)
        {
            if (EventMinutes(midnight + (minutes / 1440), latitude, longitude, altitude) is not { } m)
            {
                return null;
            }

            minutes = m;
        }

        return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(minutes);
    }

    // Minutes after 00:00 UTC of the date at which the Sun sets to the altitude, with the Sun's position taken at the
    // Julian day jd. The formulas are those of NOAA's Solar Calculator spreadsheet, term for term.
    private static double? EventMinutes(double jd, double latitude, double longitude, double altitude)
    {
        double t = (jd - 2451545) / 36525; // Julian centuries since J2000.0
        double l0 = Normalise((280.46646 + (t * (36000.76983 + (t * 0.0003032)))) % 360);
        double m = 357.52911 + (t * (35999.05029 - (0.0001537 * t)));
        double e = 0.016708634 - (t * (0.000042037 + (0.0000001267 * t)));
        double centre = (Math.Sin(m * Rad) * (1.914602 - (t * (0.004817 + (0.000014 * t)))))
            + (Math.Sin(2 * m * Rad) * (0.019993 - (0.000101 * t)))
            + (Math.Sin(3 * m * Rad) * 0.000289);
        double omega = 125.04 - (1934.136 * t);
        double apparentLongitude = l0 + centre - 0.00569 - (0.00478 * Math.Sin(omega * Rad));
        double meanObliquity = 23 + ((26 + ((21.448 - (t * (46.815 + (t * (0.00059 - (t * 0.001813)))))) / 60)) / 60);
        double obliquity = meanObliquity + (0.00256 * Math.Cos(omega * Rad));
        double declination = Math.Asin(Math.Sin(obliquity * Rad) * Math.Sin(apparentLongitude * Rad));
        double y = Math.Tan(obliquity * Rad / 2);
        y *= y;
        double equationOfTime = 4 / Rad * (
            (y * Math.Sin(2 * l0 * Rad))
            - (2 * e * Math.Sin(m * Rad))
            + (4 * e * y * Math.Sin(m * Rad) * Math.Cos(2 * l0 * Rad))
            - (0.5 * y * y * Math.Sin(4 * l0 * Rad))
            - (1.25 * e * e * Math.Sin(2 * m * Rad)));
        double phi = latitude * Rad;
        double cosHourAngle = (Math.Sin(altitude * Rad) - (Math.Sin(phi) * Math.Sin(declination))) / (Math.Cos(phi) * Math.Cos(declination));
        if (!(cosHourAngle is >= -1 and <= 1))
        {
            return null; // the Sun stays above (or below) the altitude all day
        }

        double hourAngle = Math.Acos(cosHourAngle) / Rad;
        double solarNoon = 720 - (4 * longitude) - equationOfTime;
        return solarNoon + (4 * hourAngle);
    }

    private static double Normalise(double degrees) => degrees < 0 ? degrees + 360 : degrees;
}
