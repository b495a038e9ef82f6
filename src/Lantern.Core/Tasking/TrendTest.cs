using MathNet.Numerics.Distributions;

namespace Lantern.Core.Tasking;

/// <summary>Compares a place's crimes in two periods with the exact conditional Poisson (binomial) test; see <see cref="PlaceTrend"/>.</summary>
internal static class TrendTest
{
    /// <summary>Significance level for calling a place rising or falling.</summary>
    public const double Alpha = 0.05;

    public static PlaceTrend Compare(int current, int previous, int currentMonths, int previousMonths)
    {
        if (previousMonths == 0 || currentMonths == 0)
        {
            return new PlaceTrend(current, previous, currentMonths, previousMonths, null, null, TrendDirection.NotAvailable);
        }

        double rateNow = (double)current / currentMonths;
        double rateBefore = (double)previous / previousMonths;
        double? change = previous > 0 ? ((rateNow / rateBefore) - 1) * 100 : null;
        int n = current + previous;
        if (n == 0)
        {
            return new PlaceTrend(current, previous, currentMonths, previousMonths, change, 1, TrendDirection.NoClearChange);
        }

        double pi = (double)currentMonths / (currentMonths + previousMonths);
        double lower = Binomial.CDF(pi, n, current);
        double upper = current == 0 ? 1 : 1 - Binomial.CDF(pi, n, current - 1);
        double p = Math.Min(1, 2 * Math.Min(lower, upper));
        TrendDirection direction = p >= Alpha || rateNow == rateBefore ? TrendDirection.NoClearChange
            : rateNow > rateBefore ? TrendDirection.Rising : TrendDirection.Falling;
        return new PlaceTrend(current, previous, currentMonths, previousMonths, change, p, direction);
    }
}
