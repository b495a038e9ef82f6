using Lantern.Core.Geography;

namespace Lantern.Core.Tests.Geography;

public sealed class ProjectedCrsTests
{
    // Expected values from Krüger's series for the Transverse Mercator (Karney 2011, sixth order in n), computed
    // independently of ProjNET (tests/tools is not needed: the formula is short and the points are famous places whose
    // published UTM/ITM coordinates agree to the metre).
    [Theory]
    [InlineData(26910, -123.1207, 49.2827, 491221.77, 5458889.98)] // Vancouver downtown, NAD83 / UTM 10N (VPD's open data system)
    [InlineData(32610, -123.1207, 49.2827, 491221.77, 5458889.98)] // the same on WGS 84 (the ellipsoids differ by 0.1 mm in b)
    [InlineData(2157, -6.2603, 53.3498, 715826.51, 734697.59)] // Dublin, Irish Transverse Mercator
    [InlineData(25831, 2.3522, 48.8566, 452482.53, 5411717.18)] // Paris, ETRS89 / UTM 31N
    [InlineData(32756, 151.2093, -33.8688, 334368.63, 6250948.35)] // Sydney, WGS 84 / UTM 56S (false northing 10,000 km)
    [InlineData(26910, -123, 0, 500000, 0)] // the zone's central meridian on the equator is its false origin
    [InlineData(2157, -8, 53.5, 600000, 750000)] // ITM's natural origin is its false origin
    public void ToProjected_KnownPoints_MatchWithinFiveCentimetres(int epsg, double lon, double lat, double easting, double northing)
    {
        var converter = new CrsConverter(ProjectedCrs.FromEpsg(epsg));
        BngPoint p = converter.ToProjected(lon, lat);
        Assert.Equal(easting, p.Easting, 0.05);
        Assert.Equal(northing, p.Northing, 0.05);
    }

    [Theory]
    [InlineData(26910, 491015.9434, 5459166.1397)] // a VPD break and enter in the West End
    [InlineData(27700, 530043.19, 180358.21)] // Trafalgar Square
    [InlineData(2157, 715826.51, 734697.59)] // Dublin
    [InlineData(32760, 500000, 2000000)] // far south in zone 60S (about 72°S)
    public void ToWgs84_RoundTripsToWithinTwoCentimetres(int epsg, double easting, double northing)
    {
        var converter = new CrsConverter(ProjectedCrs.FromEpsg(epsg));
        (double lon, double lat) = converter.ToWgs84(new BngPoint(easting, northing));
        Assert.True(converter.Crs.Contains(lon, lat), $"{lon}, {lat} is outside {converter.Crs}");
        BngPoint back = converter.ToProjected(lon, lat);
        // ProjNET's inverse series is good to about a centimetre, far below a hundred-block offset or a snap point.
        Assert.Equal(easting, back.Easting, 0.02);
        Assert.Equal(northing, back.Northing, 0.02);
    }

    [Fact]
    public void BritishNationalGrid_IsTheSameProjectionAsBritishNationalGridClass()
    {
        BngPoint viaTable = new CrsConverter(ProjectedCrs.FromEpsg(27700)).ToProjected(-0.1276, 51.5072);
        Assert.Equal(530043.19, viaTable.Easting, 0.05);
        Assert.Equal(180358.21, viaTable.Northing, 0.05);
        Assert.Same(ProjectedCrs.BritishNationalGrid, ProjectedCrs.FromEpsg(27700));
        Assert.True(ProjectedCrs.BritishNationalGrid.IsBritishNationalGrid);
    }

    [Theory]
    [InlineData(32601, "WGS 84 / UTM zone 1N")] // first WGS 84 north zone
    [InlineData(32660, "WGS 84 / UTM zone 60N")] // last
    [InlineData(32701, "WGS 84 / UTM zone 1S")] // first south zone
    [InlineData(26901, "NAD83 / UTM zone 1N")] // first NAD83 zone
    [InlineData(26923, "NAD83 / UTM zone 23N")] // last NAD83 zone EPSG defines in this block
    [InlineData(25828, "ETRS89 / UTM zone 28N")] // first ETRS89 zone
    [InlineData(25838, "ETRS89 / UTM zone 38N")] // last
    public void FromEpsg_FamilyEdges_AreNamedAsEpsgNamesThem(int epsg, string name) => Assert.Equal(name, ProjectedCrs.FromEpsg(epsg).Name);

    [Theory]
    [InlineData(4326)] // geographic, not projected
    [InlineData(3857)] // web Mercator: not metres on the ground
    [InlineData(32600)] // just below the WGS 84 UTM block
    [InlineData(32661)] // UPS north, not UTM
    [InlineData(26924)] // NAD83 zone 24 does not exist in EPSG's 269xx block
    [InlineData(25839)] // outside the ETRS89 block
    [InlineData(29902)] // the old Irish Grid: not in the table
    public void TryCreate_UnsupportedCode_RefusesNamingTheFamilies(int epsg)
    {
        Assert.Null(ProjectedCrs.TryCreate(epsg, out string? error));
        Assert.Contains($"EPSG:{epsg}", error, StringComparison.Ordinal);
        Assert.Contains("26901-26923", error, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProjectedCrs.FromEpsg(epsg));
    }

    [Theory]
    [InlineData(26910, -123.1, 49.3, true)] // Vancouver in zone 10
    [InlineData(26910, 0, 0, false)] // zeros
    [InlineData(26910, 49.3, -123.1, false)] // swapped
    [InlineData(26910, -0.13, 51.5, false)] // London: the wrong code for the file
    [InlineData(2157, -6.26, 53.35, true)] // Dublin
    [InlineData(2157, -0.13, 51.5, false)] // London is not in Ireland's box
    public void Contains_TellsWhereTheSystemIsMeantForUse(int epsg, double lon, double lat, bool inside) =>
        Assert.Equal(inside, ProjectedCrs.FromEpsg(epsg).Contains(lon, lat));

    [Fact]
    public void GridSpec_KeepsItsSystem_AndGridsInDifferentSystemsDiffer()
    {
        var vancouver = new GridSpec(150, 26910);
        Assert.Equal(26910, vancouver.Epsg);
        Assert.Equal(27700, new GridSpec(150).Epsg);
        Assert.NotEqual(new GridSpec(150), vancouver);
        Assert.Equal(new CellId(3273, 36394), vancouver.CellOf(491015.9434, 5459166.1397));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GridSpec(150, 4326));
    }
}
