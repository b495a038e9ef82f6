using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.StopSearch;

public sealed class RestrictedCubicSplineTests
{
    private static readonly double[] s_knots = [17, 18, 19, 20, 21, 22];

    [Fact]
    public void Basis_BeyondTheOuterKnots_Linear()
    {
        // Restricted: every column is linear past the last knot and zero-curvature before the first, so second differences vanish there.
        foreach (double start in new[] { 22.5, 10.0 })
        {
            double[] a = Basis(start), b = Basis(start + 1), c = Basis(start + 2);
            for (int j = 0; j < a.Length; j++)
            {
                Assert.Equal(0, a[j] - (2 * b[j]) + c[j], 9);
            }
        }
    }

    [Fact]
    public void Basis_FirstColumnIsXAndTheRestZeroBeforeTheFirstKnot()
    {
        double[] v = Basis(16.5);
        Assert.Equal(16.5, v[0]);
        Assert.All(v[1..], value => Assert.Equal(0, value));
    }

    [Fact]
    public void Knots_SixAtHarrellsQuantiles()
    {
        double[] values = [.. Enumerable.Range(0, 101).Select(i => (double)i)]; // 0..100: the q-quantile is 100q
        Assert.Equal([5, 23, 41, 59, 77, 95], RestrictedCubicSpline.Knots(values, 6).Select(k => Math.Round(k, 9)));
    }

    private static double[] Basis(double x)
    {
        var basis = new double[s_knots.Length - 1];
        RestrictedCubicSpline.Basis(x, s_knots, basis);
        return basis;
    }
}
