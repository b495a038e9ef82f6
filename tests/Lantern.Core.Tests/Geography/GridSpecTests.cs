using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Geography;

public sealed class GridSpecTests
{
    [Theory]
    [InlineData(331049.99, 188100.0, 2206, 1254)] // just west of an edge: the cell to the west
    [InlineData(331050.0, 188100.0, 2207, 1254)] // on the west/south edge: this cell
    [InlineData(-0.5, -0.5, -1, -1)] // negative coordinates floor, not truncate
    public void CellOf_IsAlignedToTheNationalGridOrigin(double e, double n, int column, int row) =>
        Assert.Equal(new CellId(column, row), new GridSpec(150).CellOf(e, n));

    [Fact]
    public void CellName_AndCentre_DescribeTheSameCell()
    {
        var grid = new GridSpec(150);
        CellId cell = grid.CellOf(331110, 188160);
        Assert.Equal("150m-E331050-N188100", grid.CellName(cell));
        Assert.Equal(new BngPoint(331125, 188175), grid.Centre(cell));
        Assert.Equal(cell, grid.CellOf(grid.Centre(cell)));
    }

    [Theory]
    [InlineData(0)] // no zero-sized cells
    [InlineData(10_001)] // beyond any sensible patrol unit
    public void Constructor_OutOfRange_Throws(int size) => Assert.Throws<ArgumentOutOfRangeException>(() => new GridSpec(size));
}
