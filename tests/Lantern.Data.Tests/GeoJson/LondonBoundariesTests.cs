using System.Diagnostics;
using Lantern.Core.Geography;
using Lantern.Data.Formats.GeoJson;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace Lantern.Data.Tests.GeoJson;

/// <summary>The reader and <see cref="AreaIndex"/> on ONS London boundaries (shared/data/geo, generalised to 20 m).</summary>
public sealed class LondonBoundariesTests(ITestOutputHelper output)
{
    private static readonly GeoJsonAreaReader s_reader = new();
    private static readonly BritishNationalGrid s_grid = new();

    private static readonly Lazy<GeoJsonAreaResult> s_boroughs = new(() => Read("london-boroughs-2022.geojson"));
    private static readonly Lazy<GeoJsonAreaResult> s_lsoas = new(() => Read("london-lsoa-2021.geojson"));

    private static GeoJsonAreaResult Read(string file) =>
        s_reader.ReadAreasAsync(RealData.Path("geo", file), null, CancellationToken.None).GetAwaiter().GetResult();

    [RealData.Fact]
    public void Boroughs_ThirtyThreeWithLadCodesAndNames()
    {
        GeoJsonAreaResult result = s_boroughs.Value;
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(33, result.Features.Count);
        Assert.Equal("LAD22CD", result.CodeProperty);
        Assert.Equal("LAD22NM", result.NameProperty);
        Assert.All(result.Features, f => Assert.StartsWith("E09", f.Code, StringComparison.Ordinal));
        Assert.Contains(result.Features, f => f.Code == "E09000033" && f.Name == "Westminster");
        Assert.All(result.Features, f => Assert.True(f.Geometry.IsValid));
    }

    [RealData.Fact]
    public void Boroughs_AreasInPlausibleRange()
    {
        GeoJsonAreaResult result = s_boroughs.Value;

        // Greater London is about 1,572 km²; Westminster 21.5 km²; the City of London 2.9 km²; Bromley, the largest, 150 km².
        double total = result.Features.Sum(f => f.Geometry.Area) / 1e6;
        Assert.InRange(total, 1540, 1610);
        Assert.InRange(Km2(result, "E09000033"), 20, 23);
        Assert.InRange(Km2(result, "E09000001"), 2.6, 3.3);
        Assert.InRange(Km2(result, "E09000006"), 145, 155);
    }

    [RealData.Fact]
    public void Boroughs_TrafalgarSquareIsInWestminster()
    {
        AreaIndex index = s_boroughs.Value.ToAreaIndex();
        BngPoint trafalgar = s_grid.ToBng(-0.1281, 51.5080);
        Assert.Equal("E09000033", index.CodeOf(trafalgar));

        // And a few more landmarks: St Paul's in the City, Heathrow in Hillingdon, the Eiffel Tower nowhere.
        Assert.Equal("E09000001", index.CodeOf(s_grid.ToBng(-0.0984, 51.5138)));
        Assert.Equal("E09000017", index.CodeOf(s_grid.ToBng(-0.4543, 51.4700)));
        Assert.Null(index.CodeOf(s_grid.ToBng(-1.2577, 51.7520)));
    }

    [RealData.Fact]
    public void Msoas_OneThousandAndTwo()
    {
        GeoJsonAreaResult result = Read("london-msoa-2021.geojson");
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(1002, result.Features.Count);
        Assert.Equal("MSOA21CD", result.CodeProperty);
        Assert.All(result.Features, f => Assert.StartsWith("E02", f.Code, StringComparison.Ordinal));
    }

    [RealData.Fact]
    public void Lsoas_FourThousandNineHundredNinetyFour_FinestLevelChosen()
    {
        GeoJsonAreaResult result = s_lsoas.Value;
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(4994, result.Features.Count);
        Assert.Equal("LSOA21CD", result.CodeProperty);
        Assert.Equal("LSOA21NM", result.NameProperty);
        AreaFeature first = result.Features.Single(f => f.Code == "E01000001");
        Assert.Equal("City of London 001A", first.Name);
        Assert.Equal("E09000001", first.Properties["LAD22CD"]);
        Assert.Equal("E02000001", first.Properties["MSOA21CD"]);

        // London LSOAs: tiny in the centre, a few km² at the edge.
        double[] km2 = [.. result.Features.Select(f => f.Geometry.Area / 1e6).Order()];
        Assert.InRange(km2[0], 0.005, 0.1);
        Assert.InRange(km2[^1], 2, 30);
        Assert.InRange(km2[km2.Length / 2], 0.1, 0.4);
    }

    [RealData.Fact]
    public void Lsoas_EachLiesInTheBoroughItsPropertiesName()
    {
        AreaIndex boroughs = s_boroughs.Value.ToAreaIndex();
        int checkedCount = 0;
        foreach (AreaFeature lsoa in s_lsoas.Value.Features.Where((_, i) => i % 10 == 0))
        {
            Point inside = lsoa.Geometry.InteriorPoint;
            Assert.Equal(lsoa.Properties["LAD22CD"], boroughs.CodeOf(new BngPoint(inside.X, inside.Y)));
            checkedCount++;
        }

        Assert.True(checkedCount > 400);
    }

    [RealData.Fact]
    public void Lsoas_MillionPointsLocated_AgreeWithBruteForce()
    {
        AreaIndex index = s_lsoas.Value.ToAreaIndex();
        var random = new Random(20240601);
        const int n = 1_000_000;
        double[] e = new double[n];
        double[] north = new double[n];
        for (int i = 0; i < n; i++)
        {
            e[i] = 503_000 + (random.NextDouble() * 59_000);
            north[i] = 155_000 + (random.NextDouble() * 46_000);
        }

        int[] areas = new int[n];
        var clock = Stopwatch.StartNew();
        int found = index.LocateMany(e, north, areas);
        clock.Stop();
        output.WriteLine($"{n:N0} points against {index.Count:N0} LSOAs in {clock.ElapsedMilliseconds:N0} ms; {found:N0} inside London");

        // London covers about 1,572 km² of the 2,714 km² box.
        Assert.InRange(found / (double)n, 0.55, 0.61);
        for (int i = 0; i < 2000; i++)
        {
            Point p = BngGeometry.Factory.CreatePoint(new Coordinate(e[i], north[i]));
            int brute = -1;
            for (int a = 0; a < index.Count && brute < 0; a++)
            {
                if (index.GeometryAt(a).Covers(p))
                {
                    brute = a;
                }
            }

            Assert.Equal(brute, areas[i]);
        }
    }

    private static double Km2(GeoJsonAreaResult result, string code) => result.Features.Single(f => f.Code == code).Geometry.Area / 1e6;
}
