using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Tests.Hotspots;

public class GetisOrdGiStarTests
{
    [Theory]
    [InlineData(1, 1, 0.8944271909999159)] // centre: all 4 rook neighbours inside, L = 9, W = 5: (9 − 5) / (2√2 · √2.5)
    [InlineData(0, 0, -0.7071067811865476)] // corner: W = 3 (fewer at the edge), L = 0: −3 / (2√2 · 1.5)
    [InlineData(1, 0, 1.118033988749895)] // edge middle: W = 4 including the centre, L = 9: 5 / (2√2 · √2.5)
    public void ValueOf_OneHarmfulCellInThreeByThree_MatchesHandComputedZ(int column, int row, double expected)
    {
        // 3 × 3 study area, harm 9 in the centre, band of one cell: n = 9, X̄ = 1, S = √(81/9 − 1) = 2√2.
        CellCounts counts = Counts(new CellExtent(0, 0, 3, 3), (225, 225, 9));

        GiStarResult gi = GetisOrdGiStar.Compute(counts, 150, 0.05, HotspotOptions.DenseCellLimit);

        Assert.Equal(1, gi.MeanHarm, 12);
        Assert.Equal(2 * Math.Sqrt(2), gi.StandardDeviation, 12);
        Assert.Equal(expected, gi.ValueOf(new CellId(column, row)).Z, 12);
    }

    [Theory]
    [InlineData(450, 11)] // the default band, three cells, over a study area wider than the band
    [InlineData(300, 3)] // two cells
    [InlineData(212.2, 5)] // just over a diagonal neighbour (150·√2 = 212.13)
    [InlineData(0, 2)] // the cell alone: Gi* is the standardised value
    [InlineData(5000, 13)] // a band wider than the study area: every cell has W = n, so z is undefined and reported as 0
    public void Compute_RandomHarm_MatchesBruteForce(double band, int seed)
    {
        CrimePoints crimes = TestCrimes.Random(400, seed, width: 2000, height: 1500);
        CellCounts counts = CellAggregator.Aggregate(crimes, GridSpec.Default, null, CrimeFilter.All, HotspotOptions.DenseCellLimit);
        CellExtent area = counts.StudyArea!.Value;

        GiStarResult gi = GetisOrdGiStar.Compute(counts, band, 0.05, HotspotOptions.DenseCellLimit);
        (double[] z, double[] p) = BruteForce(counts, band);

        bool[] significant = BruteForceBh(p, 0.05);
        for (long k = 0; k < area.CellCount; k++)
        {
            GiStarValue v = gi.ValueOf(area.CellAt(k));
            Assert.Equal(z[k], v.Z, 9);
            Assert.Equal(p[k], v.PValue, 9);
            Assert.Equal(significant[k], v.Significant);
        }
    }

    [Theory]
    [InlineData(450)] // the default band
    [InlineData(150)] // rook neighbours only
    public void Compute_SparseMethod_MatchesDense(double band)
    {
        CrimePoints crimes = TestCrimes.Random(3000, seed: 5, width: 4000, height: 2500);
        CellCounts counts = CellAggregator.Aggregate(crimes, GridSpec.Default, null, CrimeFilter.All, HotspotOptions.DenseCellLimit);

        GiStarResult dense = GetisOrdGiStar.Compute(counts, band, 0.05, HotspotOptions.DenseCellLimit);
        GiStarResult sparse = GetisOrdGiStar.Compute(counts, band, 0.05, denseLimit: 0);

        Assert.Equal(CellStorage.Sparse, sparse.Method);
        Assert.Equal(dense.Cells.ToArray(), sparse.Cells.ToArray());
        Assert.Equal(dense.Neighbours.ToArray(), sparse.Neighbours.ToArray());
        for (int i = 0; i < dense.Cells.Length; i++)
        {
            Assert.Equal(dense.Z[i], sparse.Z[i], 9);
            Assert.Equal(dense.Significant[i], sparse.Significant[i]);
        }

        Assert.Equal(dense.Background, sparse.Background);
        Assert.Equal(dense.HotCells, sparse.HotCells);
    }

    [Fact]
    public void Compute_BackgroundGroups_CoverEveryOtherCell()
    {
        CrimePoints crimes = TestCrimes.At((75, 75, 10), (2925, 2925, 10));
        CellCounts counts = CellAggregator.Aggregate(crimes, GridSpec.Default, null, CrimeFilter.All, HotspotOptions.DenseCellLimit);

        GiStarResult gi = GetisOrdGiStar.Compute(counts, 450, 0.05, HotspotOptions.DenseCellLimit);

        long background = gi.Background.Sum(b => b.CellCount);
        Assert.Equal(gi.StudyAreaCells, background + gi.Cells.Length);
        Assert.All(gi.Background, b => Assert.True(b.Z < 0));
    }

    [Fact]
    public void Compute_NoVariation_GivesZeroAndANote()
    {
        CrimePoints crimes = TestCrimes.At((75, 75, 5), (225, 75, 5), (75, 225, 5), (225, 225, 5));
        CellCounts counts = CellAggregator.Aggregate(crimes, GridSpec.Default, null, CrimeFilter.All, HotspotOptions.DenseCellLimit);

        GiStarResult gi = GetisOrdGiStar.Compute(counts, 150, 0.05, HotspotOptions.DenseCellLimit);

        Assert.All(gi.Z.ToArray(), z => Assert.Equal(0, z));
        Assert.Equal(0, gi.HotCells);
        Assert.Single(gi.Notes);
    }

    [Fact]
    public void Compute_StrongCluster_IsSignificantHotSpot()
    {
        var points = new List<(double, double, double)>();
        for (int i = 0; i < 50; i++)
        {
            points.Add((1500 + (i % 5), 1500 + (i / 5), 200)); // 50 violent crimes in one cell
        }

        points.Add((75, 75, 2));
        points.Add((2925, 2925, 2));
        CellCounts counts = CellAggregator.Aggregate(TestCrimes.At([.. points]), GridSpec.Default, null, CrimeFilter.All,
            HotspotOptions.DenseCellLimit);

        GiStarResult gi = GetisOrdGiStar.Compute(counts, 450, 0.05, HotspotOptions.DenseCellLimit);

        Assert.True(gi.ValueOf(new CellId(10, 10)).IsHotSpot);
        Assert.False(gi.ValueOf(new CellId(0, 0)).IsHotSpot);
    }

    [Theory]
    [InlineData(450, 0)] // the default band, dense
    [InlineData(450, -1)] // the default band, sparse
    [InlineData(150, 0)] // rook neighbours only
    [InlineData(0, -1)] // the cell alone
    public void Compute_ShapedStudyArea_MatchesBruteForceOverItsCellsOnly(double band, int denseLimit)
    {
        // A borough-like shape: the cells of a 2,000 × 1,500 m rectangle within 800 m of a point off its centre, and a
        // notch cut out. Cells of the rectangle outside the shape must not count as zeros.
        CrimePoints crimes = TestCrimes.Random(600, seed: 21, width: 2000, height: 1500, x0: 0, y0: 0);
        var extent = new CellExtent(0, 0, 14, 10);
        CellSet shape = CellSet.Where(extent, cell =>
        {
            BngPoint centre = GridSpec.Default.Centre(cell);
            return centre.DistanceTo(new BngPoint(900, 700)) <= 800 && !(cell.Column is 6 or 7 && cell.Row < 4);
        });
        CellCounts counts = CellAggregator.Aggregate(crimes, GridSpec.Default, null, CrimeFilter.All, HotspotOptions.DenseCellLimit,
            studyCells: shape);

        GiStarResult gi = GetisOrdGiStar.Compute(counts, band, 0.05, denseLimit < 0 ? 0 : HotspotOptions.DenseCellLimit);
        (double[] z, double[] p) = BruteForce(counts, band);

        Assert.Equal(shape.Count, gi.StudyAreaCells);
        Assert.True(shape.Count < extent.CellCount - 20, "the shape leaves out a good part of its rectangle");
        Assert.True(counts.CrimesOutsideStudyArea > 0, "some crimes fall in cells outside the shape");
        bool[] significant = BruteForceBh(p, 0.05);
        long member = 0;
        for (long k = 0; k < extent.CellCount; k++)
        {
            CellId cell = extent.CellAt(k);
            if (!shape.Contains(cell))
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => gi.ValueOf(cell));
                continue;
            }

            GiStarValue v = gi.ValueOf(cell);
            Assert.Equal(z[member], v.Z, 9);
            Assert.Equal(p[member], v.PValue, 9);
            Assert.Equal(significant[member], v.Significant);
            member++;
        }

        Assert.Equal(gi.StudyAreaCells, gi.Background.Sum(b => b.CellCount) + gi.Cells.Length);
    }

    [Fact]
    public void Compute_ShapeOfEveryCell_IsTheRectangle()
    {
        CrimePoints crimes = TestCrimes.Random(500, seed: 8, width: 2000, height: 1500, x0: 0, y0: 0);
        var extent = new CellExtent(0, 0, 14, 10);
        CellCounts plain = CellAggregator.Aggregate(crimes, GridSpec.Default, extent, CrimeFilter.All, HotspotOptions.DenseCellLimit);
        CellCounts shaped = CellAggregator.Aggregate(crimes, GridSpec.Default, extent, CrimeFilter.All, HotspotOptions.DenseCellLimit,
            studyCells: CellSet.Where(extent, _ => true));

        GiStarResult a = GetisOrdGiStar.Compute(plain, 450, 0.05, HotspotOptions.DenseCellLimit);
        GiStarResult b = GetisOrdGiStar.Compute(shaped, 450, 0.05, HotspotOptions.DenseCellLimit);

        Assert.Equal(a.Z.ToArray(), b.Z.ToArray());
        Assert.Equal(a.Neighbours.ToArray(), b.Neighbours.ToArray());
        Assert.Equal(a.Background, b.Background);
    }

    private static CellCounts Counts(CellExtent area, params (double, double, double)[] points) =>
        CellAggregator.Aggregate(TestCrimes.At(points), GridSpec.Default, area, CrimeFilter.All, HotspotOptions.DenseCellLimit);

    // The textbook definition, O(n²): every pair of cells of the study area (of its shape, when it has one, in row-major
    // order), Euclidean distance between centres.
    private static (double[] Z, double[] P) BruteForce(CellCounts counts, double band)
    {
        CellExtent extent = counts.StudyArea!.Value;
        CellId[] cells = [.. Enumerable.Range(0, (int)extent.CellCount).Select(k => extent.CellAt(k)).Where(counts.InStudyArea)];
        int n = cells.Length;
        double[] x = new double[n];
        for (int i = 0; i < counts.OccupiedCount; i++)
        {
            x[Array.IndexOf(cells, counts.Cells[i])] = counts.Harm[i];
        }

        double mean = x.Average();
        double s = Math.Sqrt((x.Sum(v => v * v) / n) - (mean * mean));
        double[] z = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++)
        {
            BngPoint ci = counts.Grid.Centre(cells[i]);
            double local = 0;
            int w = 0;
            for (int j = 0; j < n; j++)
            {
                if (ci.DistanceTo(counts.Grid.Centre(cells[j])) <= band + 1e-6)
                {
                    local += x[j];
                    w++;
                }
            }

            double variance = ((n * (double)w) - ((double)w * w)) / (n - 1);
            z[i] = variance > 0 && s > 0 ? (local - (mean * w)) / (s * Math.Sqrt(variance)) : 0;
            p[i] = 2 * (1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, Math.Abs(z[i])));
        }

        return (z, p);
    }

    private static bool[] BruteForceBh(double[] p, double q)
    {
        int m = p.Length;
        double[] sorted = [.. p.Order()];
        double threshold = -1;
        for (int k = 1; k <= m; k++)
        {
            if (sorted[k - 1] <= k * q / m)
            {
                threshold = sorted[k - 1];
            }
        }

        return [.. p.Select(v => v <= threshold)];
    }
}
