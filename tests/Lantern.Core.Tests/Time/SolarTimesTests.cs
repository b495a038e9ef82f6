using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Time;

/// <summary>
/// Sunset and civil dusk against times published for named places and dates. Published times are rounded to the minute
/// (or the second, where the source gives seconds) and made for a slightly different point or refraction, so ±2 minutes.
/// </summary>
public sealed class SolarTimesTests
{
    private const double ToleranceMinutes = 2;

    [Theory]
    // London, the Houses of Parliament (51.5°N, 0.125°W), summer solstice week 2025, sunset 21:22:06 and 21:20:07 BST:
    // diamond geezer, "Summer Solstice London", 20 June 2025 (diamondgeezer.blogspot.com), a table with seconds.
    [InlineData("2025-06-21", 51.5, -0.125, "2025-06-21T20:22:06Z")]
    [InlineData("2025-06-15", 51.5, -0.125, "2025-06-15T20:20:07Z")]
    // London, 22 December 2007 (winter solstice week): "The sun is going to set at 3:53 PM on that particular day"
    // (flat36.blogspot.com, "The Days are Getting Shorter", 2 October 2007).
    [InlineData("2007-12-22", 51.5, -0.125, "2007-12-22T15:53:00Z")]
    // London, 4 November 2018: "today it's 4.29pm" (diamond geezer, "Nearer 5pm", 4 November 2018).
    [InlineData("2018-11-04", 51.5, -0.125, "2018-11-04T16:29:00Z")]
    // Edinburgh (55.95°N, 3.19°W), 21 June 2010: "timeanddate.com says they're 4.26 am and 10.03 pm" BST
    // (in-this.blogspot.com, "Light nights", 21 June 2010): further north and west.
    [InlineData("2010-06-21", 55.95, -3.19, "2010-06-21T21:03:00Z")]
    // Seattle (47.61°N, 122.33°W), 21 June 2014, sunset 9:11 PM PDT (Cliff Mass, "Almost no night in the Northwest",
    // June 2014): the evening falls on the next UTC date.
    [InlineData("2014-06-21", 47.61, -122.33, "2014-06-22T04:11:00Z")]
    public void Sunset_PublishedTimes_WithinTwoMinutes(string date, double latitude, double longitude, string published) =>
        AssertNear(published, SolarTimes.Sunset(DateOnly.Parse(date, CultureInfo.InvariantCulture), latitude, longitude));

    [Theory]
    // Seattle, 21 June 2014: civil twilight 9:52 PM PDT (Cliff Mass, as above).
    [InlineData("2014-06-21", 47.61, -122.33, "2014-06-22T04:52:00Z")]
    public void CivilDusk_PublishedTimes_WithinTwoMinutes(string date, double latitude, double longitude, string published) =>
        AssertNear(published, SolarTimes.CivilDusk(DateOnly.Parse(date, CultureInfo.InvariantCulture), latitude, longitude));

    [Fact]
    public void CivilDusk_AfterSunsetEveryDayOfTheYearInLondon_BetweenHalfAnHourAndAnHourLater()
    {
        // At 51.5°N the Sun takes about 35 minutes to sink from 0.833° to 6° below the horizon near the equinoxes and about
        // 50 at midsummer: a wrong altitude, sign or hour angle falls outside.
        for (var day = new DateOnly(2024, 1, 1); day.Year == 2024; day = day.AddDays(1))
        {
            DateTimeOffset sunset = SolarTimes.Sunset(day, 51.5, -0.125)!.Value; // London always has both
            DateTimeOffset dusk = SolarTimes.CivilDusk(day, 51.5, -0.125)!.Value;
            Assert.InRange((dusk - sunset).TotalMinutes, 30, 55);
        }
    }

    [Fact]
    public void CivilDusk_EquatorAtTheEquinox_SunSinksFifteenDegreesAnHour()
    {
        // On the equator at an equinox the Sun goes straight down at 15° an hour: from 0.833° to 6° below takes 20.7 minutes.
        var day = new DateOnly(2024, 3, 20);
        double minutes = (SolarTimes.CivilDusk(day, 0, 0)!.Value - SolarTimes.Sunset(day, 0, 0)!.Value).TotalMinutes; // both happen on the equator
        Assert.Equal((6 - 0.833) * 4, minutes, 0.3);
    }

    [Theory]
    [InlineData(62.0, -7.0)] // the Faroes at midsummer: the Sun stays within 5° of the horizon all night, so no civil dusk
    [InlineData(70.0, 20.0)] // Tromsø at midsummer: the Sun does not set, so no dusk either
    public void CivilDusk_NorthAtMidsummer_Null(double latitude, double longitude) =>
        Assert.Null(SolarTimes.CivilDusk(new DateOnly(2024, 6, 21), latitude, longitude));

    [Fact]
    public void Sunset_MidnightSun_Null() => Assert.Null(SolarTimes.Sunset(new DateOnly(2024, 6, 21), 70.0, 20.0));

    [Theory]
    [InlineData(91.0, 0.0)] // latitude out of range
    [InlineData(double.NaN, 0.0)] // not a number
    [InlineData(51.5, 181.0)] // longitude out of range
    public void Sunset_BadCoordinates_Throws(double latitude, double longitude) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarTimes.Sunset(new DateOnly(2024, 6, 21), latitude, longitude));

    private static void AssertNear(string published, DateTimeOffset? computed)
    {
        Assert.NotNull(computed);
        DateTimeOffset expected = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture);
        Assert.InRange((computed.Value - expected).TotalMinutes, -ToleranceMinutes, ToleranceMinutes);
    }
}
