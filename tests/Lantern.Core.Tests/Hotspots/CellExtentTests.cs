using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Hotspots;

public class CellExtentTests
{
    [Fact]
    public void IndexOf_CellAt_RoundTripRowMajor()
    {
        var e = new CellExtent(-3, 10, 4, 3);

        for (long i = 0; i < e.CellCount; i++)
        {
            Assert.Equal(i, e.IndexOf(e.CellAt(i)));
        }

        Assert.Equal(new CellId(-3, 10), e.CellAt(0));
        Assert.Equal(new CellId(-2, 10), e.CellAt(1));
        Assert.Equal(new CellId(-3, 11), e.CellAt(4));
    }

    [Theory]
    [InlineData(0, 0, true)] // the south-west corner
    [InlineData(3, 2, true)] // the north-east corner
    [InlineData(4, 0, false)] // one column east
    [InlineData(-1, 0, false)] // one column west
    [InlineData(int.MinValue, 0, false)] // far away: no overflow in the test
    public void Contains_EdgesAndOutside_Expected(int column, int row, bool expected)
    {
        Assert.Equal(expected, new CellExtent(0, 0, 4, 3).Contains(new CellId(column, row)));
    }

    [Fact]
    public void Covering_Rectangle_TakesCellsOfBothCorners()
    {
        CellExtent e = CellExtent.Covering(GridSpec.Default, 300_000, 180_000, 360_000, 240_000);

        Assert.Equal(401, e.Columns); // 60 km at 150 m is 400 cells, plus the cell the east edge falls in
        Assert.Equal(2000, e.MinColumn);
    }

    [Theory]
    [InlineData(0, 1)] // no columns
    [InlineData(1, 0)] // no rows
    public void Constructor_EmptySize_Throws(int columns, int rows)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CellExtent(0, 0, columns, rows));
    }
}
