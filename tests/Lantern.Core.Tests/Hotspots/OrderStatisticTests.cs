using Lantern.Core.Hotspots;

namespace Lantern.Core.Tests.Hotspots;

public sealed class OrderStatisticTests
{
    [Theory]
    [InlineData(1, 1000)] // one value
    [InlineData(2, 1000)] // two
    [InlineData(1000, 1_000_000)] // distinct values, almost surely
    [InlineData(1000, 5)] // mostly duplicates, as snapped coordinates are
    [InlineData(5000, 1)] // all equal
    public void SmallestAndLargest_AreWhatASortPutsThere(int count, int distinct)
    {
        var random = new Random(count + distinct);
        double[] values = [.. Enumerable.Range(0, count).Select(_ => (double)random.Next(distinct) - (distinct / 2))]; // some negative
        double[] before = [.. values];
        double[] ascending = [.. values.Order()];
        foreach (int k in new[] { 0, count / 200, count / 2, count - 1 - (count / 200), count - 1 }.Distinct())
        {
            Assert.Equal(ascending[k], OrderStatistic.Smallest(values, k));
            Assert.Equal(ascending[count - 1 - k], OrderStatistic.Largest(values, k));
        }

        Assert.Equal(before, values); // read, not reordered
    }

    [Fact]
    public void Smallest_SortedAndReversedInput_IsStillRight()
    {
        double[] ascending = [.. Enumerable.Range(0, 10_000).Select(i => (double)i)];
        double[] descending = [.. ascending.Reverse()];
        Assert.Equal(49, OrderStatistic.Smallest(ascending, 49));
        Assert.Equal(49, OrderStatistic.Smallest(descending, 49));
        Assert.Equal(9_950, OrderStatistic.Largest(ascending, 49));
        Assert.Equal(9_950, OrderStatistic.Largest(descending, 49));
    }
}
