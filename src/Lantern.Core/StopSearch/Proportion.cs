namespace Lantern.Core.StopSearch;

/// <summary>
/// A share of searches (a find rate, an arrest rate) with its 95% Wilson score interval: <see cref="Events"/> out of
/// <see cref="Of"/>. Value and interval are null when <see cref="Of"/> is zero: a rate of nothing is not zero.
/// </summary>
/// <remarks>
/// The Wilson score interval (Wilson 1927; Newcombe 1998, method 3) stays inside [0, 1] and keeps close to its nominal
/// 95% coverage for small counts and rates near 0 or 1, where the simple p ± 1.96·√(p(1−p)/n) does not. z is 1.96.
/// </remarks>
public readonly record struct Proportion
{
    /// <summary>The normal quantile of a two-sided 95% interval, as the Home Office's published intervals use it.</summary>
    public const double Z95 = 1.96;

    /// <summary>Creates a proportion and works out its interval.</summary>
    /// <param name="events">How many had the outcome.</param>
    /// <param name="of">Out of how many.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="events"/> exceeds <paramref name="of"/>.</exception>
    public Proportion(long events, long of)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfNegative(of);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(events, of);
        Events = events;
        Of = of;
        if (of > 0)
        {
            (double low, double high) = Wilson(events, of, Z95);
            Value = (double)events / of;
            Low = low;
            High = high;
        }
    }

    /// <summary>How many had the outcome.</summary>
    public long Events { get; }

    /// <summary>Out of how many.</summary>
    public long Of { get; }

    /// <summary>Events ÷ Of, between 0 and 1; null when Of is 0.</summary>
    public double? Value { get; }

    /// <summary>The lower end of the 95% interval; null when Of is 0.</summary>
    public double? Low { get; }

    /// <summary>The upper end of the 95% interval; null when Of is 0.</summary>
    public double? High { get; }

    /// <summary>The Wilson score interval of <paramref name="events"/> out of <paramref name="of"/>.</summary>
    /// <param name="events">Successes, 0 to <paramref name="of"/>.</param>
    /// <param name="of">Trials, more than 0.</param>
    /// <param name="z">The normal quantile (1.96 for 95%).</param>
    /// <returns>The interval's ends, within [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="of"/> is not positive, or <paramref name="events"/> is out of range.</exception>
    public static (double Low, double High) Wilson(long events, long of, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(of);
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(events, of);
        double n = of;
        double p = events / n;
        double z2 = z * z;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
