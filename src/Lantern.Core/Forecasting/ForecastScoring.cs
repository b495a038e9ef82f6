using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>Scores a forecast against the events of its target period.</summary>
public static class ForecastScoring
{
    /// <summary>Scores <paramref name="risk"/> at each coverage against the events of its target inside its study area.</summary>
    /// <param name="risk">The forecast.</param>
    /// <param name="actual">Events; those with a time in the forecast's target period [start, end) count (their weights as harm).</param>
    /// <param name="coverages">Shares of the study area, each 0 to 1.</param>
    /// <param name="ties">How ties at the cut-off are settled.</param>
    /// <param name="studyCells">
    /// When the study area is a shape (an area's boundary), its cells of the forecast's extent: only events in them are
    /// scored, only they can be chosen, and coverages are shares of them. Null: every cell of the extent.
    /// </param>
    /// <returns>One score per coverage, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The events' resolution is not the forecast's, or the study cells are of another extent.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A coverage is outside 0 to 1.</exception>
    public static CoverageScore[] Score(RiskSurface risk, ForecastEvents actual, IReadOnlyList<double> coverages,
        CoverageTies ties = CoverageTies.GridOrder, CellSet? studyCells = null)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(coverages);
        ForecastChecks.Fit(actual, risk.Target);
        CellExtent extent = risk.Extent;
        if (studyCells is not null && studyCells.Extent != extent)
        {
            throw new ArgumentException($"The study cells are of {studyCells.Extent}, not the forecast's {extent}.", nameof(studyCells));
        }

        int cells = (int)extent.CellCount;
        int areaCells = (int)(studyCells?.Count ?? cells);
        int[] count = new int[cells];
        double[] harm = new double[cells];
        int events = 0;
        double totalHarm = 0;
        ReadOnlySpan<double> x = actual.Easting, y = actual.Northing, t = actual.Time, w = actual.Weight;
        for (int i = 0; i < t.Length; i++)
        {
            CellId cell = risk.Grid.CellOf(x[i], y[i]);
            if (t[i] >= risk.Target.Start && t[i] < risk.Target.End && extent.Contains(cell)
                && (studyCells is null || studyCells.Contains(extent.IndexOf(cell))))
            {
                long index = extent.IndexOf(cell);
                count[index]++;
                harm[index] += w[i];
                events++;
                totalHarm += w[i];
            }
        }

        int[] busiest = (int[])count.Clone();
        Array.Sort(busiest);
        Array.Reverse(busiest);
        var scores = new CoverageScore[coverages.Count];
        int[] order = risk.Ranking(ties);
        if (studyCells is not null)
        {
            order = Array.FindAll(order, i => studyCells.Contains(i)); // the ranking of the shape's cells, in the same order
        }

        for (int k = 0; k < coverages.Count; k++)
        {
            CellId[] chosen = risk.Select(coverages[k], ties, order);
            int captured = 0;
            double harmCaptured = 0;
            foreach (CellId cell in chosen)
            {
                long index = extent.IndexOf(cell);
                captured += count[index];
                harmCaptured += harm[index];
            }

            int best = 0;
            for (int i = 0; i < chosen.Length && i < busiest.Length; i++)
            {
                best += busiest[i];
            }

            scores[k] = new CoverageScore(coverages[k], chosen.Length, areaCells, captured, events, harmCaptured, totalHarm, best);
        }

        return scores;
    }
}
