using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Tests.Geography;

public class CellSetTests
{
    [Fact]
    public void Where_KeepsTheCellsTheTestAccepts()
    {
        var extent = new CellExtent(-3, 5, 7, 4);

        CellSet set = CellSet.Where(extent, c => (c.Column + c.Row) % 3 == 0);

        Assert.Equal(extent, set.Extent);
        long expected = 0;
        for (long k = 0; k < extent.CellCount; k++)
        {
            CellId cell = extent.CellAt(k);
            bool member = (cell.Column + cell.Row) % 3 == 0;
            Assert.Equal(member, set.Contains(cell));
            expected += member ? 1 : 0;
        }

        Assert.Equal(expected, set.Count);
        Assert.False(set.Contains(new CellId(-4, 5))); // outside the extent
    }

    [Theory]
    [InlineData(0, 0, 199)] // a whole row, across four words
    [InlineData(0, 63, 64)] // across a word boundary
    [InlineData(1, 5, 5)] // one cell
    [InlineData(2, 60, 130)]
    [InlineData(2, 64, 127)] // exactly one word
    public void CountInRow_MatchesCountingCellByCell(int row, int first, int last)
    {
        var extent = new CellExtent(0, 0, 200, 3);
        var random = new Random(7);
        bool[] bits = [.. Enumerable.Range(0, 600).Select(_ => random.Next(3) == 0)];
        CellSet set = CellSet.Where(extent, c => bits[(c.Row * 200) + c.Column]);

        int expected = Enumerable.Range(first, last - first + 1).Count(c => bits[(row * 200) + c]);

        Assert.Equal(expected, set.CountInRow(row, first, last));
    }

    [Fact]
    public void NeighboursIn_CountsOnlyTheSetsCellsWithinTheBand()
    {
        // A 450 m band at 150 m (29 cells in a full disc), with only the even columns in the set; counted cell by cell here.
        var extent = new CellExtent(0, 0, 11, 11);
        CellSet even = CellSet.Where(extent, c => c.Column % 2 == 0);
        var band = new DistanceBand(450, 150);

        int expected = 0;
        for (int r = 0; r < 11; r++)
        {
            for (int c = 0; c < 11; c++)
            {
                double d = Math.Sqrt(((c - 5) * (c - 5)) + ((r - 4) * (r - 4)));
                expected += d <= 3 + 1e-9 && c % 2 == 0 ? 1 : 0;
            }
        }

        Assert.Equal(expected, band.NeighboursIn(even, 5, 4));
        Assert.Equal(band.NeighboursInside(0, 0, 11, 11), band.NeighboursIn(CellSet.Where(extent, _ => true), 0, 0));
    }

    [Theory]
    [InlineData("POLYGON ((10 10, 440 10, 440 290, 10 290, 10 10))")] // a box not on the grid's lines
    [InlineData("POLYGON ((0 0, 450 0, 450 300, 0 300, 0 0))")] // a box on them
    [InlineData("POLYGON ((20 20, 880 40, 460 870, 20 20))")] // a triangle
    [InlineData("POLYGON ((10 10, 1190 10, 1190 890, 10 890, 10 10), (310 310, 890 310, 890 590, 310 590, 310 310))")] // a hole
    [InlineData("MULTIPOLYGON (((10 10, 140 10, 140 140, 10 140, 10 10)), ((760 760, 1040 770, 900 1190, 760 760)))")] // two parts
    [InlineData("POLYGON ((5 5, 1495 1480, 1490 1495, 5 5))")] // a sliver along a diagonal
    public void Touching_IsEveryCellSharingAPointWithTheArea(string wkt)
    {
        // Checked cell by cell against NetTopologySuite's own intersection test.
        NetTopologySuite.Geometries.Geometry area = new NetTopologySuite.IO.WKTReader().Read(wkt);
        var grid = new GridSpec(150);

        CellSet set = CellSet.Touching(area, grid);

        long expected = 0;
        for (long k = 0; k < set.Extent.CellCount; k++)
        {
            CellId cell = set.Extent.CellAt(k);
            BngPoint sw = grid.SouthWest(cell);
            var square = area.Factory.ToGeometry(new NetTopologySuite.Geometries.Envelope(sw.Easting, sw.Easting + 150, sw.Northing, sw.Northing + 150));
            // A square meeting the area only along a grid line or at a corner may go either way.
            bool meets = area.Intersects(square), overlaps = area.Intersection(square).Area > 0;
            if (overlaps)
            {
                Assert.True(set.Contains(cell), $"{cell} shares ground with the area but is left out");
            }
            else if (!meets)
            {
                Assert.False(set.Contains(cell), $"{cell} shares nothing with the area but is in");
            }

            expected += set.Contains(cell) ? 1 : 0;
        }

        Assert.Equal(expected, set.Count);
    }
}
