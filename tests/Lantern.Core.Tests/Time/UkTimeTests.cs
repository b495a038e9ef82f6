using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Time;

public sealed class UkTimeTests
{
    [Theory]
    [InlineData("2023-06-30T23:30:00+00:00", 2023, 7)] // 00:30 BST on 1 July: the July file (as data.police.uk files it)
    [InlineData("2023-06-30T22:59:00+00:00", 2023, 6)] // 23:59 BST on 30 June
    [InlineData("2023-01-31T23:30:00+00:00", 2023, 1)] // winter: UTC is UK time
    [InlineData("2023-03-31T23:01:00+00:00", 2023, 4)] // the first row of the real 2023-04 Met file (BST began 26 March)
    [InlineData("2023-10-31T23:56:00+00:00", 2023, 10)] // the last row of the real 2023-10 Met file (BST ended 29 October)
    [InlineData("2023-07-01T00:30:00+01:00", 2023, 7)] // an offset other than UTC is honoured
    public void MonthOf_UtcInstant_UkMonth(string instant, int year, int month) =>
        Assert.Equal(new YearMonth(year, month), UkTime.MonthOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2024-03-31T00:59:59Z", false)] // the last second of GMT: BST starts 01:00 UTC on the last Sunday of March (31st in 2024)
    [InlineData("2024-03-31T01:00:00Z", true)]
    [InlineData("2024-10-27T00:59:59Z", true)] // the last second of BST: it ends 01:00 UTC on the last Sunday of October
    [InlineData("2024-10-27T01:00:00Z", false)]
    public void IsSummerTime_AtTheChanges(string instant, bool summer) =>
        Assert.Equal(summer, UkTime.IsSummerTime(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2024-07-01T12:00:00", "2024-07-01T11:00:00Z")] // summer: BST is UTC+1
    [InlineData("2024-01-15T12:00:00", "2024-01-15T12:00:00Z")] // winter: GMT
    [InlineData("2024-03-31T00:59:00", "2024-03-31T00:59:00Z")] // the last minute of GMT before the clocks go forward
    [InlineData("2024-03-31T02:00:00", "2024-03-31T01:00:00Z")] // the first minute of BST
    [InlineData("2024-10-27T01:30:00", "2024-10-27T00:30:00Z")] // the hour that happens twice: the first (BST) is taken
    [InlineData("2024-10-27T02:00:00", "2024-10-27T02:00:00Z")] // GMT again
    public void TryFromLocal_UkClock_Instant(string local, string utc)
    {
        Assert.True(UkTime.TryFromLocal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), out DateTimeOffset instant));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("2023-06-30T23:30:00Z", "2023-07-01")] // 00:30 BST: the next day in the UK
    [InlineData("2023-12-31T23:30:00Z", "2023-12-31")] // GMT: the same day
    [InlineData("2023-07-01T00:30:00+02:00", "2023-06-30")] // 23:30 BST the evening before
    public void DateOf_IsTheUkCalendarDate(string instant, string date) =>
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), UkTime.DateOf(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Fact]
    public void TryFromLocal_TheHourTheClocksSkip_False() =>
        Assert.False(UkTime.TryFromLocal(new DateTime(2024, 3, 31, 1, 30, 0), out _)); // 01:00-02:00 on 31 March 2024 never happened

    [Fact]
    public void IsSummerTime_AgreesWithTheTimeZoneDatabase_EveryHourOf2016To2024()
    {
        // Where the machine has a time-zone database, it must agree with the written-out rule over the data's years.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out TimeZoneInfo? london))
        {
            return;
        }

        for (var t = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero); t.Year < 2025; t = t.AddHours(1))
        {
            Assert.Equal(london.IsDaylightSavingTime(t), UkTime.IsSummerTime(t));
        }
    }

    [Theory]
    [InlineData("2023-08-27T12:00", "2023-08-27T11:00:00Z")] // summer: UK time is an hour ahead of UTC
    [InlineData("2023-08-27 12:00:30", "2023-08-27T11:00:30Z")] // a space for the T, and seconds
    [InlineData("2023-01-10T09:00", "2023-01-10T09:00:00Z")] // winter: UK time is UTC
    [InlineData("2023-08-27T11:00Z", "2023-08-27T11:00:00Z")] // Z: already UTC
    [InlineData("2023-08-27T12:00:00+01:00", "2023-08-27T11:00:00Z")] // an offset is honoured
    [InlineData("2023-10-29T01:30+01:00", "2023-10-29T00:30:00Z")] // the first 01:30 of the October change, said with its offset
    [InlineData("2023-10-29T01:30Z", "2023-10-29T01:30:00Z")] // the second
    [InlineData("2023-10-29T02:00", "2023-10-29T02:00:00Z")] // just after the change: GMT
    [InlineData("2023-03-26T02:00", "2023-03-26T01:00:00Z")] // the first minute of BST
    public void TryParseInstant_WrittenTimes_Instant(string text, string utc)
    {
        Assert.True(UkTime.TryParseInstant(text, out DateTimeOffset at, out string? problem), problem);
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), at);
        Assert.Equal(TimeSpan.Zero, at.Offset);
    }

    [Theory]
    [InlineData("2023-10-29T01:30", "2023-10-29 01:30 happens twice in the UK")] // the hour the clocks go back
    [InlineData("2023-03-26T01:30", "2023-03-26 01:30 does not exist in the UK")] // the hour they skip
    [InlineData("27/08/2023 12:00", "'27/08/2023 12:00' is not a date and time")] // a British date order is not read (which is day, which month?)
    [InlineData("", "'' is not a date and time")] // nothing
    public void TryParseInstant_NoSingleInstant_SaysWhy(string text, string problem)
    {
        Assert.False(UkTime.TryParseInstant(text, out _, out string? why));
        Assert.StartsWith(problem, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-10-29T00:30:00Z", "2023-10-29 01:30 BST", "2023-10-29T01:30:00+01:00")] // the first 01:30
    [InlineData("2023-10-29T01:30:00Z", "2023-10-29 01:30 GMT", "2023-10-29T01:30:00+00:00")] // the second
    public void Describe_AndLocalIso_ShowTheZone(string utc, string described, string iso)
    {
        DateTimeOffset at = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((described, iso), (UkTime.Describe(at), UkTime.LocalIso(at)));
    }
}
