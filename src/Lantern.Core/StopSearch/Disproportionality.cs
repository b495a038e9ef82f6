using MathNet.Numerics.Distributions;

namespace Lantern.Core.StopSearch;

/// <summary>
/// Ethnic disproportionality of stop and search by the Home Office method (DOMAIN.md §5): the rate per 1,000 residents
/// of each group is searches of people in the group ÷ census residents in the group × 1,000, and the disproportionality
/// ratio is a group's rate ÷ the White rate. Searches of unknown or not-stated ethnicity are left out of every rate
/// (the caller counts and shows them).
/// </summary>
/// <remarks>
/// <para>
/// Intervals treat the census counts as fixed and the searches as Poisson counts. A rate's 95% interval is the exact
/// (Garwood 1936) Poisson interval of the count, scaled: [χ²(0.025; 2a)/2, χ²(0.975; 2a+2)/2] × 1,000 ÷ residents.
/// A ratio's is the usual interval for a ratio of two Poisson rates: exp(ln RR ± 1.96·√(1/a + 1/b)), with a the group's
/// searches and b the White searches (Rothman and Greenland, Modern Epidemiology, ch. 14). It is undefined (null) when
/// a or b is zero.
/// </para>
/// <para>
/// These intervals describe chance variation in the counts only. They say nothing of the larger uncertainties of the
/// method: residents are not the population available to be searched in public places, the census is a snapshot
/// (2021 or 2011) and people from elsewhere are searched too, and a quarter of self-defined ethnicities may be
/// missing. Pure and thread safe.
/// </para>
/// </remarks>
public static class Disproportionality
{
    /// <summary>Rates per 1,000 and ratios to White for the five groups, White first.</summary>
    /// <param name="searches">Searches by group (unknown ethnicity left out).</param>
    /// <param name="residents">Census residents by group.</param>
    /// <returns>One row per group, in the order of <see cref="EthnicGroupCounts.Groups"/>.</returns>
    public static IReadOnlyList<GroupRate> Compute(EthnicGroupCounts searches, EthnicGroupCounts residents)
    {
        long whiteSearches = searches.White;
        long whiteResidents = residents.White;
        var rows = new List<GroupRate>(5);
        foreach (EthnicGroup g in EthnicGroupCounts.Groups)
        {
            long a = searches[g];
            long n = residents[g];
            double? rate = null, rateLow = null, rateHigh = null;
            if (n > 0)
            {
                (double low, double high) = PoissonInterval(a);
                rate = a * 1000.0 / n;
                rateLow = low * 1000.0 / n;
                rateHigh = high * 1000.0 / n;
            }

            // White against itself is 1 by definition, with no interval to speak of.
            (double? ratio, double? ratioLow, double? ratioHigh) = g == EthnicGroup.White
                ? (whiteSearches > 0 && whiteResidents > 0 ? 1.0 : null, null, null)
                : RateRatio(a, n, whiteSearches, whiteResidents);
            rows.Add(new GroupRate(g, a, n, rate, rateLow, rateHigh, ratio, ratioLow, ratioHigh));
        }

        return rows;
    }

    /// <summary>The ratio of two Poisson rates, (a ÷ na) ÷ (b ÷ nb), with its 95% interval exp(ln RR ± 1.96·√(1/a + 1/b)).</summary>
    /// <param name="a">Events in the first group.</param>
    /// <param name="na">Its population (fixed).</param>
    /// <param name="b">Events in the comparison group.</param>
    /// <param name="nb">Its population (fixed).</param>
    /// <returns>The ratio (null when either population is zero or b is zero) and its interval (null when a or b is zero).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static (double? Ratio, double? Low, double? High) RateRatio(long a, long na, long b, long nb)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(na);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfNegative(nb);
        if (na == 0 || nb == 0 || b == 0)
        {
            return (null, null, null);
        }

        double ratio = ((double)a / na) / ((double)b / nb);
        if (a == 0)
        {
            return (ratio, null, null);
        }

        double half = Proportion.Z95 * Math.Sqrt((1.0 / a) + (1.0 / b));
        return (ratio, ratio * Math.Exp(-half), ratio * Math.Exp(half));
    }

    /// <summary>The exact (Garwood) 95% interval of a Poisson count.</summary>
    /// <param name="count">The observed count.</param>
    /// <returns>Lower and upper ends for the expected count; the lower is 0 when the count is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static (double Low, double High) PoissonInterval(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        double low = count == 0 ? 0 : ChiSquared.InvCDF(2.0 * count, 0.025) / 2;
        double high = ChiSquared.InvCDF((2.0 * count) + 2, 0.975) / 2;
        return (low, high);
    }
}
