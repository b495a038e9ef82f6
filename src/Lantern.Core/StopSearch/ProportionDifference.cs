namespace Lantern.Core.StopSearch;

/// <summary>
/// The difference of two proportions, a − b, with its 95% interval by Newcombe's hybrid score method (Newcombe 1998,
/// method 10), built from the two Wilson intervals: used for a group's find rate against the White group's (the outcome
/// test) and for Section 60 searches' rates against s.1 PACE searches'.
/// </summary>
/// <param name="Value">a − b, as a fraction (−0.03 is three percentage points lower).</param>
/// <param name="Low">Lower end of the 95% interval.</param>
/// <param name="High">Upper end of the 95% interval.</param>
public readonly record struct ProportionDifference(double Value, double Low, double High)
{
    /// <summary>The difference <paramref name="a"/> − <paramref name="b"/>; null when either has nothing to be a rate of.</summary>
    /// <param name="a">The first proportion.</param>
    /// <param name="b">The proportion it is compared with.</param>
    /// <returns>The difference and its interval, or null.</returns>
    public static ProportionDifference? Between(Proportion a, Proportion b)
    {
        if (a.Value is not { } v || a.Low is not { } l || a.High is not { } h || b.Value is not { } bv || b.Low is not { } bl || b.High is not { } bh)
        {
            return null;
        }

        double d = v - bv;
        return new ProportionDifference(d, d - Math.Sqrt(((v - l) * (v - l)) + ((bh - bv) * (bh - bv))),
            d + Math.Sqrt(((h - v) * (h - v)) + ((bv - bl) * (bv - bl))));
    }
}
