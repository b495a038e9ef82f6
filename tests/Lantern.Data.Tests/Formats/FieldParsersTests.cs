using System.Globalization;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed class FieldParsersTests
{
    [Theory]
    [InlineData("-2.981547")] // data.police.uk longitude
    [InlineData("51.600817")] // data.police.uk latitude
    [InlineData("0.145888")] // east of Greenwich
    [InlineData("-0.000001")] // tiny negative
    [InlineData("331000")] // an easting with no decimals
    [InlineData("+1.5")] // explicit plus
    [InlineData("1.")] // trailing point
    [InlineData(".5")] // leading point
    [InlineData("0.1")] // not exact in binary: must round as double.Parse does
    [InlineData("9007199254740993")] // above 2^53: the fallback keeps correct rounding
    [InlineData("1e3")] // exponent: fallback
    [InlineData("123456789.123456789")] // more than 18 digits: fallback
    public void TryParseDouble_Number_SameAsDoubleParse(string text)
    {
        Assert.True(FieldParsers.TryParseDouble(text, out double value));
        Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void TryParseDouble_ManyRandomCoordinates_BitIdenticalToDoubleParse()
    {
        var random = new Random(12345);
        for (int i = 0; i < 100_000; i++)
        {
            string text = ((random.NextDouble() * 20) - 10).ToString("F" + random.Next(0, 10), CultureInfo.InvariantCulture);
            Assert.True(FieldParsers.TryParseDouble(text, out double value));
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
        }
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("-")] // sign only
    [InlineData(".")] // point only
    [InlineData("1.2.3")] // two points
    [InlineData("1,5")] // decimal comma
    [InlineData("NaN")] // not finite
    [InlineData("Infinity")] // not finite
    [InlineData("1e400")] // overflows to infinity
    [InlineData("abc")] // text
    public void TryParseDouble_NotAFiniteNumber_False(string text)
    {
        Assert.False(FieldParsers.TryParseDouble(text, out _));
    }

    [Theory]
    [InlineData("True", true)] // data.police.uk
    [InlineData("False", false)] // data.police.uk
    [InlineData("true", true)] // lower case
    [InlineData("YES", true)] // yes/no
    [InlineData(" no ", false)] // padded
    public void TryParseFlag_Flag_Parses(string text, bool expected)
    {
        Assert.True(FieldParsers.TryParseFlag(text, out bool value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1")] // numbers are not accepted: ambiguous in exports
    [InlineData("T")] // abbreviations
    [InlineData("Maybe")] // text
    public void TryParseFlag_NotAFlag_False(string text) => Assert.False(FieldParsers.TryParseFlag(text, out _));

    [Theory]
    [InlineData("2024-07-01T08:05", 8, 5, 0)] // minutes
    [InlineData("2024-07-01T08:05:09", 8, 5, 9)] // seconds
    [InlineData("2024-07-01 08:05", 8, 5, 0)] // space separator
    [InlineData("2024-07-01 08:05:09", 8, 5, 9)] // space and seconds
    public void TryParseLocalDateTime_Formats_UnspecifiedKind(string text, int hour, int minute, int second)
    {
        Assert.True(FieldParsers.TryParseLocalDateTime(text, out DateTime value));
        Assert.Equal(new DateTime(2024, 7, 1, hour, minute, second, DateTimeKind.Unspecified), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Theory]
    [InlineData("8/1", "008/01")] // short form
    [InlineData("008/01", "008/01")] // already normal
    [InlineData(" 105/1 ", "105/01")] // padded
    [InlineData("8l/0", "008L/00")] // a lettered class keeps its letter, upper case
    public void NormaliseOffenceCode_Code_Normalised(string text, string expected)
    {
        Assert.Equal(expected, FieldParsers.NormaliseOffenceCode(text));
    }

    [Theory]
    [InlineData("8")] // no subcode
    [InlineData("/1")] // no class
    [InlineData("8/")] // empty subcode
    [InlineData("8/123")] // three-digit subcode
    [InlineData("1234/1")] // four-digit class
    [InlineData("a/b")] // letters
    public void NormaliseOffenceCode_NotACode_Null(string text) => Assert.Null(FieldParsers.NormaliseOffenceCode(text));
}
