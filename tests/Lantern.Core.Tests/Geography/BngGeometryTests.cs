using Lantern.Core.Geography;
using NetTopologySuite.Geometries;

namespace Lantern.Core.Tests.Geography;

public sealed class BngGeometryTests
{
    [Fact]
    public void Factory_IsBritishNationalGridWithFloatingPrecision()
    {
        Assert.Equal(27700, BngGeometry.Srid);
        Assert.Equal(27700, BngGeometry.Factory.SRID);
        Assert.True(BngGeometry.Factory.PrecisionModel.IsFloating);
        Assert.Same(BngGeometry.Factory, BngGeometry.Factory);
    }

    [Fact]
    public void Factory_GeometriesCarryTheSrid()
    {
        Point p = BngGeometry.Factory.CreatePoint(new Coordinate(530_000.25, 180_000.75));
        Assert.Equal(27700, p.SRID);
        Assert.Equal(530_000.25, p.X);
    }
}
