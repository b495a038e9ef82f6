using Lantern.Core.Forecasting;
using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Forecasting;

public class RiskSurfaceTests
{
    // 5 × 2 cells; risks row-major from the south-west. Cells 1, 2 and 7 tie at 3.
    private static readonly double[] s_risk = [1, 3, 3, 0, 5, 0, 0, 3, 0, 0];

    private static RiskSurface Surface(double[] risk, int columns = 5, int rows = 2) =>
        new(Events.Grid, new CellExtent(10, 20, columns, rows), Events.Day, "test", "", risk, [], []);

    [Theory]
    [InlineData(0.29, 100, 29)] // 0.29 × 100 is 28.999… in binary: still 29 cells
    [InlineData(0.01, 250, 2)] // 2.5 cells: never more than the coverage
    [InlineData(0.0, 250, 0)] // nothing
    [InlineData(1.0, 250, 250)] // everything
    public void CountFor_Coverage_RoundsDown(double coverage, int cells, int expected) =>
        Assert.Equal(expected, Surface(new double[cells], cells, 1).CountFor(coverage));

    [Fact]
    public void Select_TieAtTheCutOff_GridOrderTakesTheSouthWestmost()
    {
        // 30% of 10 cells = 3: cell 4 (risk 5), then two of the three cells at 3.
        CellId[] chosen = Surface(s_risk).Select(0.3);

        Assert.Equal([new CellId(14, 20), new CellId(11, 20), new CellId(12, 20)], chosen);
    }

    [Fact]
    public void Select_TieAtTheCutOff_OpenCpKeepsTheLast()
    {
        // open_cp's top_slice drops the earliest tied cells in grid order, keeping cell 7 (12, 21) and cell 2.
        CellId[] chosen = Surface(s_risk).Select(0.3, CoverageTies.OpenCp);

        Assert.Equal([new CellId(14, 20), new CellId(12, 21), new CellId(12, 20)], chosen);
    }

    [Fact]
    public void Select_TieAtTheCutOff_IncludeAllTakesEveryTiedCell()
    {
        CellId[] chosen = Surface(s_risk).Select(0.3, CoverageTies.IncludeAll);

        Assert.Equal(4, chosen.Length);
        Assert.Contains(new CellId(12, 21), chosen);
    }

    [Fact]
    public void Select_MoreCoverageThanRiskyCells_AddsZeroRiskCellsInGridOrder()
    {
        // Five cells have risk; 70% is 7 cells: the other two are the first zero-risk cells (3 and 5).
        CellId[] chosen = Surface(s_risk).Select(0.7);

        Assert.Equal(new CellId(13, 20), chosen[5]);
        Assert.Equal(new CellId(10, 21), chosen[6]);
    }

    [Fact]
    public void Ranking_IsHighestFirst() => Assert.Equal([4, 1, 2, 7, 0, 3, 5, 6, 8, 9], Surface(s_risk).Ranking());
}
