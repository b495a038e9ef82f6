using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Geography;
using MathNet.Numerics;

namespace Lantern.Core.Hotspots;

/// <summary>Computes <see cref="GiStarResult"/> from cell harm.</summary>
internal static class GetisOrdGiStar
{
    /// <summary>Gi* of every cell of the study area of <paramref name="counts"/>.</summary>
    /// <param name="counts">Cell harm over a study area (which must exist).</param>
    /// <param name="bandMetres">Distance band, metres, centre to centre.</param>
    /// <param name="fdrQ">False discovery rate.</param>
    /// <param name="denseLimit">Largest study area (cells) computed with a dense summed-area table.</param>
    /// <returns>The result.</returns>
    public static GiStarResult Compute(CellCounts counts, double bandMetres, double fdrQ, int denseLimit)
    {
        Debug.Assert(counts.StudyArea is not null, "Callers skip Gi* when there is no study area.");
        CellExtent extent = counts.StudyArea.Value;
        CellSet? members = counts.StudyCells;
        var band = new DistanceBand(bandMetres, counts.Grid.CellSize);
        double n = counts.StudyAreaCells;
        ReadOnlySpan<double> harm = counts.Harm;
        double mean = counts.TotalHarm / n;
        double squares = 0;
        for (int i = 0; i < harm.Length; i++)
        {
            double d = harm[i] - mean;
            squares += d * d;
        }

        // Empty cells are zeros: each contributes (0 − mean)² (two-pass form, stable when harm is nearly uniform).
        squares += (n - harm.Length) * mean * mean;
        double s = Math.Sqrt(squares / n);

        var notes = new List<string>();
        if (n < 2 || !(s > 0))
        {
            notes.Add("The study area has fewer than two cells or no variation in harm: every z-score is 0 and nothing is significant.");
        }

        CellStorage method = extent.CellCount <= denseLimit ? CellStorage.Dense : CellStorage.Sparse;
        var choices = new List<AutomaticChoice>
        {
            new("GiStarMethod", method == CellStorage.Dense ? "summed-area table" : "sparse neighbour lists",
                method == CellStorage.Dense
                    ? $"{counts.SizeText()}, few enough for a dense table."
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{counts.SizeText()}, more than {HotspotOptions.DenseCellLimit:N0}: only cells near harm are computed one by one."))
        };

        (long[] keys, double[] local, int[] w, long[] backgroundCounts) = method == CellStorage.Dense
            ? LocalSumsDense(counts, extent, members, band)
            : LocalSumsSparse(counts, extent, members, band);

        int k = keys.Length;
        double[] z = new double[k];
        double[] p = new double[k];
        for (int i = 0; i < k; i++)
        {
            z[i] = ZScore(local[i], w[i], n, mean, s);
            p[i] = TwoSidedP(z[i]);
        }

        var groupW = new List<int>();
        for (int wi = 1; wi < backgroundCounts.Length; wi++)
        {
            if (backgroundCounts[wi] > 0)
            {
                groupW.Add(wi);
            }
        }

        // BH over every cell: listed cells once each, background groups with their cell counts.
        int total = k + groupW.Count;
        double[] allP = new double[total];
        long[] multiplicity = new long[total];
        p.CopyTo(allP, 0);
        Array.Fill(multiplicity, 1L, 0, k);
        for (int g = 0; g < groupW.Count; g++)
        {
            allP[k + g] = TwoSidedP(ZScore(0, groupW[g], n, mean, s));
            multiplicity[k + g] = backgroundCounts[groupW[g]];
        }

        double[] adjusted = new double[total];
        bool[] significant = new bool[total];
        double threshold = BenjaminiHochberg.Apply(allP, multiplicity, fdrQ, adjusted, significant);

        var background = new GiStarBackground[groupW.Count];
        for (int g = 0; g < groupW.Count; g++)
        {
            background[g] = new GiStarBackground(groupW[g], multiplicity[k + g], ZScore(0, groupW[g], n, mean, s), allP[k + g],
                adjusted[k + g], significant[k + g]);
        }

        return new GiStarResult(extent, members, band, bandMetres, fdrQ, method, mean, s, keys, local, w, z, p, adjusted[..k],
            significant[..k], background, threshold, choices, notes);
    }

    /// <summary>The Gi* z-score; 0 when undefined (no variation, or the band covers the whole study area).</summary>
    internal static double ZScore(double localSum, int neighbours, double n, double mean, double s)
    {
        if (n < 2 || !(s > 0))
        {
            return 0;
        }

        double variance = ((n * neighbours) - ((double)neighbours * neighbours)) / (n - 1);
        if (!(variance > 0))
        {
            return 0;
        }

        return (localSum - (mean * neighbours)) / (s * Math.Sqrt(variance));
    }

    /// <summary>Two-sided p-value of a standard normal z: erfc(|z|/√2), accurate far into the tail.</summary>
    internal static double TwoSidedP(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    // Dense: summed-area tables of harm and of "cell has harm", then each disc is a few rectangles (one per block of
    // rows sharing a half-width), so the cost per cell does not grow with the area of the band. When the study area is a
    // shape, cells outside it are skipped and a cell's neighbours are counted from the shape's cells, row by row.
    private static (long[] Keys, double[] Local, int[] W, long[] Background) LocalSumsDense(CellCounts counts, CellExtent extent,
        CellSet? members, DistanceBand band)
    {
        int cols = extent.Columns, rows = extent.Rows;
        int stride = cols + 1;
        double[] sat = new double[(long)stride * (rows + 1)];
        int[] satCount = new int[sat.Length];
        ReadOnlySpan<long> cellKeys = counts.Keys;
        ReadOnlySpan<double> harm = counts.Harm;
        int withHarm = 0;
        for (int i = 0; i < cellKeys.Length; i++)
        {
            if (harm[i] > 0)
            {
                int c = (int)(cellKeys[i] % cols), r = (int)(cellKeys[i] / cols);
                int at = ((r + 1) * stride) + c + 1;
                sat[at] = harm[i];
                satCount[at] = 1;
                withHarm++;
            }
        }

        for (int r = 1; r <= rows; r++)
        {
            double rowSum = 0;
            int rowCount = 0;
            int at = r * stride;
            for (int c = 1; c <= cols; c++)
            {
                rowSum += sat[at + c];
                rowCount += satCount[at + c];
                sat[at + c] = rowSum + sat[at - stride + c];
                satCount[at + c] = rowCount + satCount[at - stride + c];
            }
        }

        int capacity = (int)Math.Min(extent.CellCount, (long)withHarm * band.CellCount);
        long[] keys = new long[capacity];
        double[] local = new double[capacity];
        int[] w = new int[capacity];
        long[] background = new long[band.CellCount + 1];
        DistanceBand.Block[] blocks = band.Blocks;
        int k = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                if (members is not null && !members.Contains(((long)r * cols) + c))
                {
                    continue;
                }

                int neighbours = 0;
                int positive = 0;
                double sum = 0;
                foreach (DistanceBand.Block b in blocks)
                {
                    int r0 = Math.Max(r + b.FirstRow, 0);
                    int r1 = Math.Min(r + b.LastRow, rows - 1);
                    int c0 = Math.Max(c - b.HalfWidth, 0);
                    int c1 = Math.Min(c + b.HalfWidth, cols - 1);
                    if (r0 > r1 || c0 > c1)
                    {
                        continue;
                    }

                    neighbours += (r1 - r0 + 1) * (c1 - c0 + 1);
                    int top = (r1 + 1) * stride, bottom = r0 * stride;
                    positive += satCount[top + c1 + 1] - satCount[top + c0] - satCount[bottom + c1 + 1] + satCount[bottom + c0];
                    sum += sat[top + c1 + 1] - sat[top + c0] - sat[bottom + c1 + 1] + sat[bottom + c0];
                }

                if (members is not null)
                {
                    neighbours = band.NeighboursIn(members, c, r);
                }

                if (positive == 0)
                {
                    background[neighbours]++;
                    continue;
                }

                keys[k] = ((long)r * cols) + c;
                local[k] = Math.Max(sum, 0); // a sum of non-negative harm; rounding in the table must not make it negative
                w[k] = neighbours;
                k++;
            }
        }

        return (keys[..k], local[..k], w[..k], background);
    }

    // Sparse: spread each harmful cell's harm to its neighbours in a map, then count the neighbour numbers of the
    // untouched cells from the edges of the study area, which are the only places the number changes (or, when the study
    // area is a shape, from each of its cells).
    private static (long[] Keys, double[] Local, int[] W, long[] Background) LocalSumsSparse(CellCounts counts, CellExtent extent,
        CellSet? members, DistanceBand band)
    {
        int cols = extent.Columns, rows = extent.Rows;
        ReadOnlySpan<long> cellKeys = counts.Keys;
        ReadOnlySpan<double> harm = counts.Harm;
        var sums = new Dictionary<long, double>();
        int radius = band.Radius;
        for (int i = 0; i < cellKeys.Length; i++)
        {
            if (!(harm[i] > 0))
            {
                continue;
            }

            int c = (int)(cellKeys[i] % cols), r = (int)(cellKeys[i] / cols);
            for (int dr = -radius; dr <= radius; dr++)
            {
                int rr = r + dr;
                if (rr < 0 || rr >= rows)
                {
                    continue;
                }

                int h = band.HalfWidth[dr + radius];
                for (int cc = Math.Max(c - h, 0); cc <= Math.Min(c + h, cols - 1); cc++)
                {
                    long key = ((long)rr * cols) + cc;
                    if (members is not null && !members.Contains(key))
                    {
                        continue;
                    }

                    sums[key] = sums.GetValueOrDefault(key) + harm[i];
                }
            }
        }

        long[] keys = [.. sums.Keys];
        Array.Sort(keys);
        double[] local = new double[keys.Length];
        int[] w = new int[keys.Length];
        long[] background = members is null ? AllNeighbourCounts(extent, band) : AllNeighbourCounts(members, band);
        for (int i = 0; i < keys.Length; i++)
        {
            local[i] = sums[keys[i]];
            int c = (int)(keys[i] % cols), r = (int)(keys[i] / cols);
            w[i] = members is null ? band.NeighboursInside(c, r, cols, rows) : band.NeighboursIn(members, c, r);
            background[w[i]]--;
        }

        return (keys, local, w, background);
    }

    /// <summary>How many cells of a study area that is a shape have each neighbour count (index = count).</summary>
    internal static long[] AllNeighbourCounts(CellSet members, DistanceBand band)
    {
        long[] histogram = new long[band.CellCount + 1];
        int cols = members.Extent.Columns, rows = members.Extent.Rows;
        long index = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++, index++)
            {
                if (members.Contains(index))
                {
                    histogram[band.NeighboursIn(members, c, r)]++;
                }
            }
        }

        return histogram;
    }

    /// <summary>How many cells of the study area have each neighbour count (index = count).</summary>
    internal static long[] AllNeighbourCounts(CellExtent extent, DistanceBand band)
    {
        int cols = extent.Columns, rows = extent.Rows, radius = band.Radius;
        long[] histogram = new long[band.CellCount + 1];

        // Cells at least `radius` from every edge have the full disc.
        long innerCols = Math.Max(0, cols - (2L * radius)), innerRows = Math.Max(0, rows - (2L * radius));
        histogram[band.CellCount] += innerCols * innerRows;
        for (int r = 0; r < rows; r++)
        {
            bool edgeRow = r < radius || r >= rows - radius;
            for (int c = 0; c < cols; c++)
            {
                if (!edgeRow && c >= radius && c < cols - radius)
                {
                    c = cols - radius - 1; // skip the interior of this row
                    continue;
                }

                histogram[band.NeighboursInside(c, r, cols, rows)]++;
            }
        }

        return histogram;
    }
}
