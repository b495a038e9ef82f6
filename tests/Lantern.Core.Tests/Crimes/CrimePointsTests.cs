using Lantern.Core.Crimes;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Crimes;

public sealed class CrimePointsTests
{
    [Fact]
    public void Slice_IsThoseCrimes_WithTheirTimedCount()
    {
        var builder = new CrimePointsBuilder();
        for (int i = 0; i < 10; i++)
        {
            // Even crimes are timed (force export), odd ones month-only.
            DateTime? at = i % 2 == 0 ? new DateTime(2025, 1, 1 + i, 22, 0, 0) : null;
            builder.Add(1000 + i, 2000 + i, CrimeCategory.Robbery, i, new YearMonth(2025, 1 + i), at, at?.AddHours(2));
        }

        CrimePoints all = builder.Build();
        CrimePoints middle = all.Slice(3, 4);

        Assert.Equal(4, middle.Count);
        Assert.Equal([1003.0, 1004.0, 1005.0, 1006.0], middle.Easting.ToArray());
        Assert.Equal([2003.0, 2004.0, 2005.0, 2006.0], middle.Northing.ToArray());
        Assert.Equal([3.0, 4.0, 5.0, 6.0], middle.Harm.ToArray());
        Assert.Equal(new YearMonth(2025, 4).Index, middle.MonthIndex[0]);
        Assert.Equal(2, middle.TimedCount); // crimes 4 and 6
        Assert.Equal(all.FromTicks.Slice(3, 4).ToArray(), middle.FromTicks.ToArray());
        Assert.Equal(all.ToTicks.Slice(3, 4).ToArray(), middle.ToTicks.ToArray());
        Assert.Equal([1004.0], middle.Slice(1, 1).Easting.ToArray()); // a slice of a slice counts from its own start
        Assert.Equal(0, all.Slice(10, 0).Count);
    }

    [Theory]
    [InlineData(-1, 1)] // starts before the set
    [InlineData(0, -1)] // negative length
    [InlineData(8, 3)] // runs past the end
    [InlineData(11, 0)] // starts past the end
    public void Slice_OutsideTheSet_Throws(int start, int length)
    {
        var builder = new CrimePointsBuilder();
        for (int i = 0; i < 10; i++)
        {
            builder.Add(i, i, CrimeCategory.Drugs, 1, new YearMonth(2025, 1));
        }

        CrimePoints points = builder.Build();
        Assert.Throws<ArgumentOutOfRangeException>(() => points.Slice(start, length));
    }
}
