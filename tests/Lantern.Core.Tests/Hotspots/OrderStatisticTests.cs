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
            Assert.Equal(ascending[k], Smallest(values, k));
            Assert.Equal(ascending[count - 1 - k], Largest(values, k));
        }

        Assert.Equal(before, values); // read, not reordered
    }

    [Fact]
    public void Smallest_SortedAndReversedInput_IsStillRight()
    {
        double[] ascending = [.. Enumerable.Range(0, 10_000).Select(i => (double)i)];
        double[] descending = [.. ascending.Reverse()];
        Assert.Equal(49, Smallest(ascending, 49));
        Assert.Equal(49, Smallest(descending, 49));
        Assert.Equal(9_950, Largest(ascending, 49));
        Assert.Equal(9_950, Largest(descending, 49));
    }

    public static TheoryData<string> Shapes => ["uniform", "snapped", "ascending", "descending", "crowded", "outlier", "extremes", "ulps", "two values"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Select_ManyValues_IsWhatASortPutsThere(string shape)
    {
        const int count = 200_000; // well over what is sorted directly: the bins are used, and bins within bins
        var random = new Random(shape.Length);
        double[] values = [.. Enumerable.Range(0, count).Select(i => shape switch
        {
            "uniform" => (random.NextDouble() * 60_000) + 300_000,
            "snapped" => 300_000 + (random.Next(400) * 150.0), // crimes share snap points: long runs of equal values
            "ascending" => i * 0.5,
            "descending" => -i * 0.5,
            "crowded" => random.NextDouble() < 0.99 ? random.NextDouble() * 1e-3 : 1e6 + random.NextDouble(), // nearly all in the first bin
            "outlier" => i == count / 3 ? 1e300 : random.NextDouble(), // one stray stretches the range: bins within bins
            "extremes" => i % 3 == 0 ? double.MaxValue : i % 3 == 1 ? -double.MaxValue : random.NextDouble(), // a range that overflows
            "ulps" => Math.BitIncrement(1.0 + (random.Next(5) * double.Epsilon)) + (random.Next(3) * 2.2e-16), // a few ulps apart
            _ => i % 2 == 0 ? -3.0 : 7.0,
        })];
        double[] before = [.. values];
        double[] ascending = [.. values.Order()];
        int[] ranks = [count / 200, 0, count - 1, count / 2, count - 1 - (count / 200), count / 2, 1, count - 2];
        double[] result = new double[ranks.Length];

        OrderStatistic.Select(values, ranks, result);

        Assert.Equal(ranks.Select(r => ascending[r]), result);
        Assert.Equal(before, values); // read, not reordered
    }

    [Fact]
    public void Select_RankOutsideTheValues_IsRefused()
    {
        double[] result = new double[1];
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderStatistic.Select([1.0, 2.0], [2], result));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderStatistic.Select([1.0, 2.0], [-1], result));
    }

    // The k-th smallest and k-th largest (0-based), as a sort would put them.
    private static double Smallest(double[] values, int k)
    {
        double[] result = new double[1];
        OrderStatistic.Select(values, [k], result);
        return result[0];
    }

    private static double Largest(double[] values, int k) => Smallest(values, values.Length - 1 - k);
}
