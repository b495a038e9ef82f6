using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Hotspots;

public class CellAggregatorTests
{
    [Fact]
    public void Aggregate_SmallSet_SumsHarmCountAndCategoriesPerCell()
    {
        var b = new CrimePointsBuilder();
        b.Add(10, 10, CrimeCategory.Robbery, 365, TestCrimes.Month);
        b.Add(140, 149.9, CrimeCategory.ViolenceAndSexualOffences, 200, TestCrimes.Month);
        b.Add(151, 10, CrimeCategory.AntiSocialBehaviour, 0, TestCrimes.Month);
        b.Add(460, 310, CrimeCategory.Burglary, 220, TestCrimes.Month);

        CellCounts counts = CellAggregator.Aggregate(b.Build(), GridSpec.Default, null, CrimeFilter.All, HotspotOptions.DenseCellLimit);

        Assert.Equal(new CellExtent(0, 0, 4, 3), counts.StudyArea);
        Assert.Equal(CellStorage.Dense, counts.Storage);
        Assert.Equal([new CellId(0, 0), new CellId(1, 0), new CellId(3, 2)], counts.Cells.ToArray());
        Assert.Equal([565.0, 0.0, 220.0], counts.Harm.ToArray());
        Assert.Equal([2, 1, 1], counts.Count.ToArray());
        Assert.Equal(1, counts.CategoryCount(0, CrimeCategory.Robbery));
        Assert.Equal(1, counts.CategoryCount(0, CrimeCategory.ViolenceAndSexualOffences));
        Assert.Equal(1, counts.CategoryCount(1, CrimeCategory.AntiSocialBehaviour));
        Assert.Equal(785, counts.TotalHarm);
        Assert.Equal(4, counts.TotalCrimes);
    }

    [Theory]
    [InlineData(150, 0, 1, 0)] // a point on a cell's west edge belongs to that cell, not the one to its west
    [InlineData(149.999, 0, 0, 0)] // just inside the first cell
    [InlineData(-0.001, -150, -1, -1)] // west and south of the origin, floor (not truncation) gives negative cells
    [InlineData(318_150, 187_650, 2121, 1251)] // the example in GridSpec.CellName's documentation
    public void Aggregate_PointNearEdge_FloorsToTheCellEastAndNorth(double easting, double northing, int column, int row)
    {
        CellCounts counts = CellAggregator.Aggregate(TestCrimes.At((easting, northing, 1)), GridSpec.Default, null, CrimeFilter.All,
            HotspotOptions.DenseCellLimit);

        Assert.Equal(new CellId(column, row), Assert.Single(counts.Cells.ToArray()));
    }

    [Fact]
    public void Aggregate_DenseAndSparse_GiveTheSameCells()
    {
        CrimePoints crimes = TestCrimes.Random(5000, seed: 7);

        CellCounts dense = CellAggregator.Aggregate(crimes, GridSpec.Default, null, CrimeFilter.All, HotspotOptions.DenseCellLimit);
        CellCounts sparse = CellAggregator.Aggregate(crimes, GridSpec.Default, null, CrimeFilter.All, denseLimit: 0);

        Assert.Equal(CellStorage.Sparse, sparse.Storage);
        Assert.Equal(dense.Cells.ToArray(), sparse.Cells.ToArray());
        Assert.Equal(dense.Harm.ToArray(), sparse.Harm.ToArray());
        Assert.Equal(dense.Count.ToArray(), sparse.Count.ToArray());
        for (int i = 0; i < dense.OccupiedCount; i++)
        {
            Assert.Equal(dense.CategoryCounts(i).ToArray(), sparse.CategoryCounts(i).ToArray());
        }
    }

    [Fact]
    public void Aggregate_GivenStudyArea_LeavesOutAndCountsCrimesOutside()
    {
        CrimePoints crimes = TestCrimes.At((10, 10, 1), (400, 400, 2), (-10, 10, 4));

        CellCounts counts = CellAggregator.Aggregate(crimes, GridSpec.Default, new CellExtent(0, 0, 2, 2), CrimeFilter.All,
            HotspotOptions.DenseCellLimit);

        Assert.Equal(2, counts.CrimesOutsideStudyArea);
        Assert.Equal(1, counts.TotalHarm);
        Assert.Equal(4, counts.StudyAreaCells);
    }

    [Theory]
    [InlineData(int.MaxValue)] // dense
    [InlineData(0)] // sparse
    public void Aggregate_ShapedStudyArea_CrimesInItsOtherCellsAreOutside(int denseLimit)
    {
        // 2 × 2 cells, the shape holding the south-west and north-east ones: the crime in the south-east cell is outside.
        CrimePoints crimes = TestCrimes.At((10, 10, 1), (160, 10, 2), (160, 160, 4), (-10, 10, 8));
        var extent = new CellExtent(0, 0, 2, 2);
        CellSet diagonal = CellSet.Where(extent, c => c.Column == c.Row);

        CellCounts counts = CellAggregator.Aggregate(crimes, GridSpec.Default, null, CrimeFilter.All, denseLimit, studyCells: diagonal);

        Assert.Equal(extent, counts.StudyArea);
        Assert.Equal(2, counts.StudyAreaCells);
        Assert.Equal(2, counts.CrimesOutsideStudyArea);
        Assert.Equal(5, counts.TotalHarm);
        Assert.True(counts.InStudyArea(new CellId(1, 1)));
        Assert.False(counts.InStudyArea(new CellId(1, 0)));
        Assert.False(counts.InStudyArea(new CellId(2, 2)));
    }

    [Fact]
    public void Aggregate_StudyAreaOtherThanTheShapesExtent_Throws() =>
        Assert.Throws<ArgumentException>(() => CellAggregator.Aggregate(TestCrimes.At((10, 10, 1)), GridSpec.Default,
            new CellExtent(0, 0, 3, 3), CrimeFilter.All, HotspotOptions.DenseCellLimit,
            studyCells: CellSet.Where(new CellExtent(0, 0, 2, 2), _ => true)));

    [Fact]
    public void Aggregate_MonthAndCategoryFilter_LeavesOutTheRest()
    {
        var b = new CrimePointsBuilder();
        b.Add(10, 10, CrimeCategory.Robbery, 365, new YearMonth(2024, 1));
        b.Add(10, 10, CrimeCategory.Robbery, 365, new YearMonth(2024, 3));
        b.Add(10, 10, CrimeCategory.Burglary, 220, new YearMonth(2024, 2));
        var filter = new CrimeFilter(new YearMonth(2024, 2), new YearMonth(2024, 3), new HashSet<CrimeCategory> { CrimeCategory.Robbery });

        CellCounts counts = CellAggregator.Aggregate(b.Build(), GridSpec.Default, null, filter, HotspotOptions.DenseCellLimit);

        Assert.Equal(365, counts.TotalHarm);
        Assert.Equal(2, counts.CrimesFilteredOut);
    }

    [Fact]
    public void Aggregate_NoCrimes_HasNoStudyArea()
    {
        CellCounts counts = CellAggregator.Aggregate(CrimePoints.Empty, GridSpec.Default, null, CrimeFilter.All,
            HotspotOptions.DenseCellLimit);

        Assert.Null(counts.StudyArea);
        Assert.Equal(0, counts.OccupiedCount);
    }

    [Fact]
    public void TryFind_OccupiedAndEmptyCells_FindsOnlyOccupied()
    {
        CellCounts counts = CellAggregator.Aggregate(TestCrimes.At((10, 10, 1), (460, 310, 2)), GridSpec.Default, null,
            CrimeFilter.All, HotspotOptions.DenseCellLimit);

        Assert.True(counts.TryFind(new CellId(3, 2), out int i));
        Assert.Equal(2, counts.Harm[i]);
        Assert.False(counts.TryFind(new CellId(1, 1), out _));
        Assert.False(counts.TryFind(new CellId(99, 99), out _));
    }
}
