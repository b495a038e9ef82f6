using Lantern.Core.Hotspots;

namespace Lantern.Core.Tests.Hotspots;

public class BenjaminiHochbergTests
{
    // The worked example of Benjamini & Hochberg (1995), section 4: 15 p-values; at q = 0.05 the four smallest are
    // rejected (0.0095 ≤ 4 × 0.05 / 15 = 0.0133, while 0.0201 > 5 × 0.05 / 15 and no later p passes its line).
    private static readonly double[] s_paper =
        [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000];

    [Fact]
    public void Apply_PaperExample_RejectsTheFourSmallest()
    {
        double[] adjusted = new double[15];
        bool[] significant = new bool[15];

        double threshold = BenjaminiHochberg.Apply(s_paper, 0.05, adjusted, significant);

        Assert.Equal(0.0095, threshold);
        Assert.Equal([true, true, true, true, false, false, false, false, false, false, false, false, false, false, false], significant);
    }

    [Theory]
    [InlineData(0, 0.0015)] // 15 × 0.0001 / 1, below every later value
    [InlineData(3, 0.035625)] // 15 × 0.0095 / 4: the last rejected, adjusted p below 0.05
    [InlineData(4, 0.0603)] // 15 × 0.0201 / 5, smaller than 15 × 0.0278 / 6 = 0.0695
    [InlineData(6, 0.0638571428571429)] // 15 × 0.0298 / 7 = 0.06386, smaller than the next (0.0645)
    [InlineData(14, 1)] // the largest p-value, 15 × 1 / 15
    public void Apply_PaperExample_AdjustsLikeTheStepUpMinimum(int index, double expected)
    {
        double[] adjusted = new double[15];

        BenjaminiHochberg.Apply(s_paper, 0.05, adjusted, new bool[15]);

        Assert.Equal(expected, adjusted[index], 10);
    }

    [Fact]
    public void Apply_GroupedTies_SameAsListingEachTest()
    {
        // The three tied at 0.02 fail at rank 3 (0.0167) but pass together at rank 5 (0.02 ≤ 5 × 0.05 / 9 = 0.0278).
        double[] listed = [0.001, 0.002, 0.02, 0.02, 0.02, 0.5, 0.5, 0.5, 0.5];
        double[] grouped = [0.001, 0.002, 0.02, 0.5];
        long[] multiplicity = [1, 1, 3, 4];
        double[] adjListed = new double[listed.Length];
        bool[] sigListed = new bool[listed.Length];
        double[] adjGrouped = new double[grouped.Length];
        bool[] sigGrouped = new bool[grouped.Length];

        double t1 = BenjaminiHochberg.Apply(listed, 0.05, adjListed, sigListed);
        double t2 = BenjaminiHochberg.Apply(grouped, multiplicity, 0.05, adjGrouped, sigGrouped);

        Assert.Equal(t1, t2);
        Assert.Equal([true, true, true, false], sigGrouped);
        Assert.Equal(adjListed[2], adjGrouped[2], 12);
        Assert.Equal(adjListed[3], adjListed[4]);
    }

    [Fact]
    public void Apply_NothingSmall_RejectsNone()
    {
        bool[] significant = new bool[3];

        double threshold = BenjaminiHochberg.Apply([0.2, 0.5, 0.9], 0.05, new double[3], significant);

        Assert.Equal(-1, threshold);
        Assert.DoesNotContain(true, significant);
    }
}
