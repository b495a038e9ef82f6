using Lantern.Core.Hotspots;

namespace Lantern.Core.Tests.Hotspots;

public class DistanceBandTests
{
    [Theory]
    [InlineData(450, 29)] // the default: 3 cells; rows of 7, 5, 5, 5, 5, 1, 1 (the cells at exactly 450 m are kept)
    [InlineData(150, 5)] // the cell and its four rook neighbours
    [InlineData(212.2, 9)] // just past the diagonal (212.13 m): the 3 × 3 block
    [InlineData(300, 13)] // two cells: 5 + 3 + 3 + 1 + 1
    [InlineData(0, 1)] // the cell alone
    public void CellCount_Band_CountsCellsWithinTheDisc(double band, int expected)
    {
        Assert.Equal(expected, new DistanceBand(band, 150).CellCount);
    }

    [Theory]
    [InlineData(0, 0, 11)] // corner: the upper-right quarter of the disc, rows of 4 + 3 + 3 + 1
    [InlineData(5, 5, 29)] // far from every edge
    [InlineData(0, 5, 18)] // west edge: the eastern half of each row with the centre column, 1 + 3 + 3 + 4 + 3 + 3 + 1
    public void NeighboursInside_TenByTen_ClipsAtTheEdges(int column, int row, int expected)
    {
        var band = new DistanceBand(450, 150);

        Assert.Equal(expected, band.NeighboursInside(column, row, 10, 10));
    }

    [Fact]
    public void Blocks_DefaultBand_GroupRowsOfEqualWidth()
    {
        var band = new DistanceBand(450, 150);

        // Offsets −3, −2..−1, 0, 1..2, 3 with half-widths 0, 2, 3, 2, 0.
        Assert.Equal(5, band.Blocks.Length);
    }
}
