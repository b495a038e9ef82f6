using Lantern.Core.Time;

namespace Lantern.Core.Tests.Time;

public sealed class YearMonthTests
{
    [Theory]
    [InlineData("2024-07", 2024, 7)] // data.police.uk's form
    [InlineData("1999-12", 1999, 12)] // last month of a year
    public void TryParse_ValidMonth_Parses(string text, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, out YearMonth m));
        Assert.Equal(new YearMonth(year, month), m);
        Assert.Equal(text, m.ToString());
    }

    [Theory]
    [InlineData("2024-13")] // no thirteenth month
    [InlineData("2024-00")] // no month zero
    [InlineData("2024-7")] // one digit: not the file format
    [InlineData("24-07")] // two-digit year
    [InlineData("2024/07")] // wrong separator
    [InlineData("1800-01")] // before police records of this kind
    public void TryParse_Invalid_Fails(string text) => Assert.False(YearMonth.TryParse(text, out _));

    [Fact]
    public void PlusMonths_AcrossYearEnds_CountsMonths()
    {
        var m = new YearMonth(2024, 11);
        Assert.Equal(new YearMonth(2025, 2), m.PlusMonths(3));
        Assert.Equal(new YearMonth(2023, 11), m.PlusMonths(-12));
        Assert.Equal(3, m.PlusMonths(3).Index - m.Index);
        Assert.Equal(m, YearMonth.FromIndex(m.Index));
    }

    [Fact]
    public void Ordering_FollowsTheCalendar()
    {
        Assert.True(new YearMonth(2023, 12) < new YearMonth(2024, 1));
        Assert.True(new YearMonth(2024, 2) >= new YearMonth(2024, 2));
        Assert.Equal(new DateOnly(2024, 2, 29), new YearMonth(2024, 2).LastDay); // a leap year
    }
}
