using Lantern.Core.Geography;
using NetTopologySuite.Geometries;

namespace Lantern.Core.Tests.Geography;

public sealed class AreaIndexTests
{
    private static readonly GeometryFactory s_factory = BngGeometry.Factory;

    // Four 1 km squares in a row from E 400000 N 200000: A, B, C, D.
    private static AreaIndex FourSquares() => new(
    [
        ("A", Square(400_000, 200_000, 1000)),
        ("B", Square(401_000, 200_000, 1000)),
        ("C", Square(402_000, 200_000, 1000)),
        ("D", Square(403_000, 200_000, 1000)),
    ]);

    [Theory]
    [InlineData(400_500, 200_500, "A")] // the middle of the first square
    [InlineData(403_999, 200_001, "D")] // just inside the far corner of the last
    [InlineData(402_250, 200_750, "C")] // off-centre in the third
    public void CodeOf_PointInsideOneSquare_ReturnsItsCode(double e, double n, string expected) =>
        Assert.Equal(expected, FourSquares().CodeOf(new BngPoint(e, n)));

    [Theory]
    [InlineData(399_999, 200_500)] // west of everything
    [InlineData(401_500, 201_001)] // north of the row
    [InlineData(500_000, 500_000)] // far away
    public void Locate_PointOutside_ReturnsMinusOne(double e, double n)
    {
        AreaIndex index = FourSquares();
        Assert.Equal(-1, index.Locate(new BngPoint(e, n)));
        Assert.Null(index.CodeOf(new BngPoint(e, n)));
        Assert.False(index.Covers(new BngPoint(e, n)));
    }

    [Fact]
    public void Locate_PointOnSharedBorder_ReturnsFirstAreaAndFindAllReturnsBoth()
    {
        AreaIndex index = FourSquares();
        var border = new BngPoint(401_000, 200_500);
        Assert.Equal(0, index.Locate(border));
        var all = new List<int>();
        Assert.Equal(2, index.FindAll(border, all));
        Assert.Equal([0, 1], all);
    }

    [Fact]
    public void Locate_PointInHole_IsOutside()
    {
        Polygon ring = s_factory.CreatePolygon(
            (LinearRing)Square(0, 0, 100).ExteriorRing,
            [(LinearRing)Square(40, 40, 20).ExteriorRing]);
        var index = new AreaIndex([("R", ring)]);
        Assert.Equal(-1, index.Locate(new BngPoint(50, 50)));
        Assert.Equal(0, index.Locate(new BngPoint(10, 10)));
    }

    [Fact]
    public void Locate_MultiPolygon_FindsEitherPart()
    {
        MultiPolygon two = s_factory.CreateMultiPolygon([Square(0, 0, 10), Square(100, 0, 10)]);
        var index = new AreaIndex([("M", two)]);
        Assert.Equal("M", index.CodeOf(new BngPoint(5, 5)));
        Assert.Equal("M", index.CodeOf(new BngPoint(105, 5)));
        Assert.Null(index.CodeOf(new BngPoint(50, 5)));
    }

    [Fact]
    public void FindAll_OverlappingAreas_ReturnsAllInIndexOrder()
    {
        var index = new AreaIndex([("big", Square(0, 0, 1000)), ("small", Square(100, 100, 50)), ("other", Square(2000, 0, 10))]);
        var found = new List<int> { 99 };
        Assert.Equal(2, index.FindAll(new BngPoint(120, 120), found));
        Assert.Equal([0, 1], found);
    }

    [Fact]
    public void LocateMany_SameAnswersAsLocate()
    {
        AreaIndex index = FourSquares();
        var random = new Random(7);
        double[] e = new double[5000];
        double[] n = new double[5000];
        for (int i = 0; i < e.Length; i++)
        {
            e[i] = 399_000 + (random.NextDouble() * 6000);
            n[i] = 199_500 + (random.NextDouble() * 2000);
        }

        int[] areas = new int[e.Length];
        int found = index.LocateMany(e, n, areas);
        int expectedFound = 0;
        for (int i = 0; i < e.Length; i++)
        {
            int expected = index.Locate(new BngPoint(e[i], n[i]));
            Assert.Equal(expected, areas[i]);
            expectedFound += expected >= 0 ? 1 : 0;
        }

        Assert.Equal(expectedFound, found);
        Assert.InRange(found, 1, e.Length - 1);
    }

    [Fact]
    public void LocateMany_LengthsDiffer_Throws() =>
        Assert.Throws<ArgumentException>(() => FourSquares().LocateMany(new double[2], new double[3], new int[2]));

    [Fact]
    public void LocateCell_UsesTheCellCentre()
    {
        var index = new AreaIndex([("W", Square(0, 0, 150))]);
        GridSpec grid = GridSpec.Default;
        Assert.Equal(0, index.LocateCell(grid, new CellId(0, 0)));
        Assert.Equal(-1, index.LocateCell(grid, new CellId(1, 0)));
        var found = new List<int>();
        Assert.Equal(1, index.FindAllForCell(grid, new CellId(0, 0), found));
    }

    [Fact]
    public void TryGetIndex_KnownAndUnknownCodes()
    {
        AreaIndex index = FourSquares();
        Assert.True(index.TryGetIndex("C", out int c));
        Assert.Equal(2, c);
        Assert.Equal("C", index.CodeAt(c));
        Assert.Equal(1_000_000, index.GeometryAt(c).Area, 6);
        Assert.False(index.TryGetIndex("Z", out _));
        Assert.Equal(4, index.Count);
    }

    [Fact]
    public void Constructor_NoAreas_LocatesNothing()
    {
        var index = new AreaIndex([]);
        Assert.Equal(0, index.Count);
        Assert.Equal(-1, index.Locate(new BngPoint(1, 1)));
    }

    [Fact]
    public void Constructor_DuplicateCode_Throws() =>
        Assert.Throws<ArgumentException>(() => new AreaIndex([("A", Square(0, 0, 1)), ("A", Square(5, 5, 1))]));

    [Fact]
    public void Constructor_BlankCode_Throws() =>
        Assert.Throws<ArgumentException>(() => new AreaIndex([(" ", Square(0, 0, 1))]));

    [Fact]
    public void Constructor_LineString_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            new AreaIndex([("L", s_factory.CreateLineString([new Coordinate(0, 0), new Coordinate(1, 1)]))]));

    [Fact]
    public void Constructor_EmptyPolygon_Throws() =>
        Assert.Throws<ArgumentException>(() => new AreaIndex([("E", s_factory.CreatePolygon())]));

    [Theory]
    [InlineData(double.NaN, 0)] // NaN easting
    [InlineData(0, double.PositiveInfinity)] // infinite northing
    public void Locate_NotFinite_Throws(double e, double n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FourSquares().Locate(new BngPoint(e, n)));

    [Fact]
    public void Locate_ManyThreads_AgreeWithOneThread()
    {
        AreaIndex index = FourSquares();
        var points = new BngPoint[20_000];
        var random = new Random(11);
        for (int i = 0; i < points.Length; i++)
        {
            points[i] = new BngPoint(399_500 + (random.NextDouble() * 5000), 199_800 + (random.NextDouble() * 1400));
        }

        int[] serial = [.. points.Select(index.Locate)];
        int[] parallel = new int[points.Length];
        Parallel.For(0, points.Length, i => parallel[i] = index.Locate(points[i]));
        Assert.Equal(serial, parallel);
    }

    internal static Polygon Square(double e, double n, double size) => s_factory.CreatePolygon(
    [
        new Coordinate(e, n), new Coordinate(e + size, n), new Coordinate(e + size, n + size), new Coordinate(e, n + size),
        new Coordinate(e, n),
    ]);
}
