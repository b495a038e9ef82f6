using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;

namespace Lantern.Core.Hotspots;

/// <summary>
/// Choosing the study area (the rectangle of cells Gi* and rankings cover) when the analyst gives none.
/// </summary>
/// <remarks>
/// A force's data.police.uk files hold a few crimes recorded far outside its area (Gwent's 2024 files have one in
/// Pembrokeshire, 130 km west). The plain bounding box then grows tenfold, almost all of it empty, and every Gi*
/// z-score inflates. The robust box keeps the central 99% of crimes' eastings and northings, widened on each side by a
/// quarter of its size (at least 5 km), so that a force's own edges are kept and only strays are left out.
/// </remarks>
public static class StudyAreas
{
    /// <summary>Share of crimes trimmed from each end before widening.</summary>
    public const double TrimFraction = 0.005;

    /// <summary>Minimum widening on each side, metres.</summary>
    public const double MinimumMarginMetres = 5_000;

    /// <summary>The robust study area of located crimes, or null when there are none.</summary>
    /// <param name="crimes">The crimes.</param>
    /// <param name="grid">The grid.</param>
    /// <returns>The extent, how many crimes fall outside it, and the choice as recorded.</returns>
    public static (CellExtent Extent, int Outside, AutomaticChoice Choice)? Robust(CrimePoints crimes, GridSpec grid)
    {
        ArgumentNullException.ThrowIfNull(crimes);
        int n = crimes.Count;
        if (n == 0)
        {
            return null;
        }

        int lo = (int)Math.Floor(TrimFraction * (n - 1));
        int hi = (int)Math.Ceiling((1 - TrimFraction) * (n - 1));
        (double firstE, double loE, double hiE, double lastE) = Quantiles(crimes.Easting, lo, hi);
        (double firstN, double loN, double hiN, double lastN) = Quantiles(crimes.Northing, lo, hi);
        double marginE = Math.Max(MinimumMarginMetres, 0.25 * (hiE - loE));
        double marginN = Math.Max(MinimumMarginMetres, 0.25 * (hiN - loN));
        double minE = Math.Max(loE - marginE, firstE);
        double maxE = Math.Min(hiE + marginE, lastE);
        double minN = Math.Max(loN - marginN, firstN);
        double maxN = Math.Min(hiN + marginN, lastN);
        CellExtent extent = CellExtent.Covering(grid, minE, minN, maxE, maxN);
        int outside = Outside(crimes, grid.CellSize, extent);

        string reason = string.Create(CultureInfo.InvariantCulture,
            $"No study area was given: the box holding the central {1 - (2 * TrimFraction):P0} of crimes' eastings and northings, widened by a quarter " +
            $"of its size (at least {MinimumMarginMetres / 1000:N0} km) on each side; {outside:N0} crimes lie outside it and are left out.");
        return (extent, outside, new AutomaticChoice("StudyArea", extent.ToString(), reason));
    }

    /// <summary>The crimes whose cell is outside <paramref name="extent"/>.</summary>
    private static int Outside(CrimePoints crimes, double cellSize, CellExtent extent)
    {
        var edges = new CellEdges(extent);
        ReadOnlySpan<double> xs = crimes.Easting, ys = crimes.Northing;
        int outside = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            outside += edges.Contain(xs[i] / cellSize, ys[i] / cellSize) ? 0 : 1;
        }

        return outside;
    }

    /// <summary>The smallest, the lo-th and hi-th smallest (lo ≤ hi), and the largest value: what a sort would give at those places.</summary>
    private static (double First, double Lo, double Hi, double Last) Quantiles(ReadOnlySpan<double> values, int lo, int hi)
    {
        Span<double> at = stackalloc double[4];
        OrderStatistic.Select(values, [0, lo, hi, values.Length - 1], at);
        return (at[0], at[1], at[2], at[3]);
    }
}
