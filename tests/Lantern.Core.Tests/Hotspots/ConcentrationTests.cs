using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Tests.Hotspots;

public class ConcentrationTests
{
    // Four occupied cells with harm 50, 30, 10, 10 (total 100) in a 5 × 2 study area of 10 cells.
    private static ConcentrationResult Toy() =>
        HotspotAnalysis.Run(TestCrimes.At((75, 75, 50), (225, 75, 30), (375, 75, 10), (525, 75, 10), (675, 225, 0)),
            new HotspotOptions { Methods = HotspotMethods.Concentration }).Concentration!;

    [Theory]
    [InlineData(0.2, 0.5)] // top 20% of 5 occupied cells = 1 cell: 50 of 100
    [InlineData(0.4, 0.8)] // 2 cells: 80
    [InlineData(0.1, 0.25)] // half a cell: half of the top cell's 50, read off the linear curve
    [InlineData(1.0, 1.0)] // every cell holds all the harm
    public void ShareOfOccupied_ToySet_ReadsTheCurve(double fraction, double expected)
    {
        Assert.Equal(expected, Toy().ShareOfOccupied(fraction), 12);
    }

    [Theory]
    [InlineData(0.1, 0.5)] // 10% of 10 cells = 1 cell
    [InlineData(0.05, 0.25)] // half a cell
    [InlineData(0.6, 1.0)] // 6 cells: past the occupied ones, the curve is flat at 1
    public void ShareOfStudyArea_ToySet_CountsEmptyCells(double fraction, double expected)
    {
        Assert.Equal(expected, Toy().ShareOfStudyArea(fraction), 12);
    }

    [Fact]
    public void Compute_ToySet_ReportsCellsHoldingHalfAndAQuarter()
    {
        ConcentrationResult c = Toy();

        Assert.Equal(5, c.OccupiedCells); // the cell with only a zero-harm crime is occupied
        Assert.Equal(4, c.CellsWithHarm);
        Assert.Equal(10, c.StudyAreaCells);
        Assert.Equal(0.2, c.OccupiedShareHolding50, 12); // one cell of five
        Assert.Equal(0.1, c.OccupiedShareHolding25, 12); // half a cell of five
        Assert.Equal(0.1, c.StudyAreaShareHolding50, 12);
        Assert.Equal(0.05, c.StudyAreaShareHolding25, 12);
        Assert.Equal([0.5, 0.8, 0.9, 1.0, 1.0], c.CumulativeShare.ToArray());
        Assert.Equal([0.01, 0.02, 0.05, 0.10], c.Points.Select(p => p.TopFraction));
    }

    [Fact]
    public void Compute_TiedHarm_RanksByCountThenRowMajor()
    {
        HotspotResult result = HotspotAnalysis.Run(
            TestCrimes.At((375, 75, 10), (75, 75, 10), (225, 225, 5), (225, 225, 5)),
            new HotspotOptions { Methods = HotspotMethods.Concentration });

        CellId[] ranked = [.. result.RankOrder.ToArray().Select(i => result.Counts.Cells[i])];

        // Cell (1, 1) has two crimes; of the single-crime cells, (0, 0) comes first in row-major order.
        Assert.Equal([new CellId(1, 1), new CellId(0, 0), new CellId(2, 0)], ranked);
    }
}
