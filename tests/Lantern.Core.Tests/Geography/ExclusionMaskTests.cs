using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Geography;

public sealed class ExclusionMaskTests
{
    [Fact]
    public void Excludes_CellWhoseCentreIsInside_True()
    {
        // A reservoir covering cells (0,0) and (1,0) of the 150 m grid, and clipping the edge of (2,0).
        var mask = new ExclusionMask([AreaIndexTests.Square(0, 0, 310)]);
        GridSpec grid = GridSpec.Default;
        Assert.True(mask.Excludes(grid, new CellId(0, 0)));
        Assert.True(mask.Excludes(grid, new CellId(1, 0)));
        Assert.False(mask.Excludes(grid, new CellId(2, 0)));
        Assert.False(mask.Excludes(grid, new CellId(0, 3)));
    }

    [Fact]
    public void Excludes_PointOnEdge_True()
    {
        var mask = new ExclusionMask([AreaIndexTests.Square(0, 0, 100)]);
        Assert.True(mask.Excludes(new BngPoint(100, 50)));
        Assert.False(mask.Excludes(new BngPoint(100.001, 50)));
    }

    [Fact]
    public void None_ExcludesNothing()
    {
        Assert.Equal(0, ExclusionMask.None.PolygonCount);
        Assert.False(ExclusionMask.None.Excludes(GridSpec.Default, new CellId(2000, 1000)));
    }

    [Fact]
    public void Constructor_SeveralPolygons_CountsThem()
    {
        var mask = new ExclusionMask([AreaIndexTests.Square(0, 0, 10), AreaIndexTests.Square(0, 0, 10)]);
        Assert.Equal(2, mask.PolygonCount);
        Assert.True(mask.Excludes(new BngPoint(5, 5)));
    }
}
