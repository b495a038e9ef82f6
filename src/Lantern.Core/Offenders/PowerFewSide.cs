namespace Lantern.Core.Offenders;

/// <summary>Concentration of harm over one kind of person (offenders, or victims).</summary>
/// <param name="People">People with any harm.</param>
/// <param name="TotalHarm">Their harm in all.</param>
/// <param name="Shares">The harm share of the top 1, 5 and 10%.</param>
/// <param name="ShareOfPeopleFor50">The smallest share of people accounting for half the harm, 0 to 1.</param>
/// <param name="ShareOfPeopleFor80">The smallest share of people accounting for 80% of the harm, 0 to 1.</param>
public sealed record PowerFewSide(int People, double TotalHarm, IReadOnlyList<PowerFewShare> Shares, double ShareOfPeopleFor50, double ShareOfPeopleFor80)
{
    /// <summary>Works out the concentration of <paramref name="harm"/> (any order; zeros ignored).</summary>
    /// <param name="harm">Each person's harm.</param>
    /// <returns>The concentration.</returns>
    public static PowerFewSide Of(IEnumerable<double> harm)
    {
        ArgumentNullException.ThrowIfNull(harm);
        double[] sorted = harm.Where(h => h > 0).ToArray();
        Array.Sort(sorted, (a, b) => b.CompareTo(a));
        double total = 0;
        foreach (double h in sorted)
        {
            total += h;
        }

        var shares = new List<PowerFewShare>();
        foreach (double percent in (double[])[1, 5, 10])
        {
            int k = sorted.Length == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(sorted.Length * percent / 100));
            double sum = 0;
            for (int i = 0; i < k; i++)
            {
                sum += sorted[i];
            }

            shares.Add(new PowerFewShare(percent, k, total > 0 ? sum / total : 0));
        }

        return new PowerFewSide(sorted.Length, total, shares, PeopleFor(sorted, total, 0.5), PeopleFor(sorted, total, 0.8));
    }

    private static double PeopleFor(double[] sorted, double total, double fraction)
    {
        double sum = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            sum += sorted[i];
            if (sum >= fraction * total)
            {
                return (i + 1) / (double)sorted.Length;
            }
        }

        return sorted.Length == 0 ? 0 : 1;
    }
}
