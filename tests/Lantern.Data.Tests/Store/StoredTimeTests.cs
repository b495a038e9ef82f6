using System.Text;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

/// <summary>The store's times read from their bytes: exactly the forms the import writes, nothing else.</summary>
public sealed class StoredTimeTests
{
    [Fact]
    public void ParseLocal_StoredTime_IsThatWallClockTime()
    {
        Assert.Equal(new DateTime(2025, 3, 30, 1, 30, 0, DateTimeKind.Unspecified), StoredTime.ParseLocal("2025-03-30T01:30:00"u8));
        Assert.Equal(new DateTime(2024, 2, 29, 23, 59, 59), StoredTime.ParseLocal("2024-02-29T23:59:59"u8));
        Assert.Equal(DateTimeKind.Unspecified, StoredTime.ParseLocal("2024-02-29T23:59:59"u8).Kind);
    }

    [Theory]
    [InlineData("2025-03-30 01:30:00")] // a space, not the T the import writes
    [InlineData("2025-03-30T01:30")] // no seconds
    [InlineData("2025-3-30T01:30:00Z")] // a one-digit month
    [InlineData("2025-03-30T01:30:00Z")] // a UTC instant is not a local time
    [InlineData("2025-02-30T01:30:00")] // no such day
    [InlineData("2025-0a-30T01:30:00")] // not a digit
    [InlineData("2025-03-30T24:00:00")] // no such hour
    public void ParseLocal_AnythingElse_Throws(string text) =>
        Assert.Throws<FormatException>(() => StoredTime.ParseLocal(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void ParseUtc_StoredInstant_IsThatUtcTime()
    {
        DateTime t = StoredTime.ParseUtc("2023-10-29T01:30:05Z"u8);
        Assert.Equal(new DateTime(2023, 10, 29, 1, 30, 5, DateTimeKind.Utc), t);
        Assert.Equal(DateTimeKind.Utc, t.Kind);
        Assert.Equal(DateTimeOffset.Parse("2023-10-29T01:30:05Z", System.Globalization.CultureInfo.InvariantCulture), new DateTimeOffset(t));
    }

    [Theory]
    [InlineData("2023-10-29T01:30:05")] // no Z: a local time
    [InlineData("2023-10-29T01:30:05+00:00")] // an offset, not as stored
    [InlineData("2023-10-29T01:30:05z")]
    [InlineData("2023-13-29T01:30:05Z")] // no such month
    [InlineData("2023-10-29T01:3x:05Z")]
    public void ParseUtc_AnythingElse_Throws(string text)
    {
        FormatException e = Assert.Throws<FormatException>(() => StoredTime.ParseUtc(Encoding.UTF8.GetBytes(text)));
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }
}
