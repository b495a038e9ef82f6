using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Geography;

public sealed class BritishNationalGridTests
{
    [Fact]
    public void ToBng_TrafalgarSquare_MatchesProjWithoutOstn15()
    {
        // (-0.1276, 51.5072) -> (530043.19, 180358.21): PROJ with the same Helmert parameters (shared/docs/PACKAGES.md).
        BngPoint p = new BritishNationalGrid().ToBng(-0.1276, 51.5072);
        Assert.Equal(530043.19, p.Easting, 0.05);
        Assert.Equal(180358.21, p.Northing, 0.05);
    }

    [Fact]
    public void ToWgs84_RoundTripsToWithinACentimetre()
    {
        var bng = new BritishNationalGrid();
        (double lon, double lat) = bng.ToWgs84(bng.ToBng(-2.997, 51.588));
        Assert.Equal(-2.997, lon, 1e-7);
        Assert.Equal(51.588, lat, 1e-7);
    }

    [Theory]
    [InlineData(-2.997, 51.588, true)] // Newport
    [InlineData(2.35, 48.85, false)] // Paris
    [InlineData(51.588, -2.997, false)] // latitude and longitude swapped
    [InlineData(0, 0, false)] // zeros from a blank export
    public void GreatBritain_Contains(double lon, double lat, bool inside) => Assert.Equal(inside, GreatBritain.Contains(lon, lat));
}
