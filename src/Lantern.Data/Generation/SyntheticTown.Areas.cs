using System.Globalization;
using Lantern.Core.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Triangulate;

namespace Lantern.Data.Generation;

/// <content>Fictional LSOAs and MSOAs.</content>
internal sealed partial class SyntheticTown
{
    // Real LSOAs hold about 1,500 residents; the default town (about half a million people) has about 300.
    private const int LsoasPerDefaultArea = 300;
    private const int LsoasPerMsoa = 5;

    private readonly NearestPointIndex _lsoaIndex;

    /// <summary>The fictional LSOAs, in code order.</summary>
    public SyntheticLsoa[] Lsoas { get; }

    /// <summary>The LSOA containing a location (the nearest generating point: the LSOAs are a Voronoi partition).</summary>
    /// <param name="easting">BNG metres.</param>
    /// <param name="northing">BNG metres.</param>
    /// <returns>Index into <see cref="Lsoas"/>.</returns>
    public int LsoaOf(double easting, double northing) => _lsoaIndex.Nearest(easting, northing);

    /// <summary>The LSOA boundaries in BNG metres: Voronoi cells of the generating points, clipped to the area.</summary>
    /// <returns>One polygon per LSOA, in the order of <see cref="Lsoas"/>.</returns>
    public Polygon[] LsoaBoundaries()
    {
        GeometryFactory factory = BngGeometry.Factory;
        var builder = new VoronoiDiagramBuilder();
        var sites = new Coordinate[Lsoas.Length];
        for (int i = 0; i < sites.Length; i++)
        {
            sites[i] = new Coordinate(Lsoas[i].Easting, Lsoas[i].Northing);
        }

        builder.SetSites(sites);
        var area = new Envelope(MinEasting, MaxEasting, MinNorthing, MaxNorthing);
        builder.ClipEnvelope = area;
        Geometry square = factory.ToGeometry(area);
        var result = new Polygon[sites.Length];
        foreach (Geometry cell in ((GeometryCollection)builder.GetDiagram(factory)).Geometries)
        {
            // Each cell carries its site; the site's LSOA is the nearest generating point to it, i.e. itself.
            var site = (Coordinate)cell.UserData;
            int lsoa = LsoaOf(site.X, site.Y);
            Geometry clipped = cell.Intersection(square);
            result[lsoa] = clipped as Polygon
                ?? throw new InvalidOperationException($"The Voronoi cell of {Lsoas[lsoa].Code} is not a single polygon.");
        }

        return result;
    }

    private (SyntheticLsoa[] Lsoas, NearestPointIndex Index) BuildLsoas(DeterministicRandom random)
    {
        double areaScale = Side / (double)GeneratorOptions.DefaultAreaSideMetres * Side / GeneratorOptions.DefaultAreaSideMetres;
        int count = Math.Max(12, (int)Math.Round(LsoasPerDefaultArea * areaScale));
        Place[] homes = [.. _places.Where(p => p.Kind == PlaceKind.Residential)];
        var xs = new List<double>();
        var ys = new List<double>();
        const double minSeparation = 80;
        int attempts = 0;
        while (xs.Count < count && attempts++ < count * 50)
        {
            // Most LSOAs where people live, the rest spread over the whole area so the countryside is covered.
            double e, n;
            if (random.Chance(0.8))
            {
                Place home = homes[random.NextInt(homes.Length)];
                (e, n) = Reflect(home.Easting + (150 * random.Normal()), home.Northing + (150 * random.Normal()));
            }
            else
            {
                e = random.Uniform(MinEasting + 1, MaxEasting - 1);
                n = random.Uniform(MinNorthing + 1, MaxNorthing - 1);
            }

            bool tooClose = false;
            for (int k = 0; k < xs.Count && !tooClose; k++)
            {
                tooClose = ((xs[k] - e) * (xs[k] - e)) + ((ys[k] - n) * (ys[k] - n)) < minSeparation * minSeparation;
            }

            if (!tooClose)
            {
                xs.Add(e);
                ys.Add(n);
            }
        }

        // Codes follow a Hilbert curve, so consecutive LSOAs are neighbours and groups of five make compact MSOAs.
        int[] order = [.. Enumerable.Range(0, xs.Count).OrderBy(i => HilbertIndex(xs[i], ys[i])).ThenBy(i => i)];
        var lsoas = new SyntheticLsoa[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            int msoa = (k / LsoasPerMsoa) + 1;
            char letter = (char)('A' + (k % LsoasPerMsoa));
            lsoas[k] = new SyntheticLsoa(
                string.Create(CultureInfo.InvariantCulture, $"X01{k + 1:D6}"),
                string.Create(CultureInfo.InvariantCulture, $"{TownName} {msoa:D3}{letter}"),
                string.Create(CultureInfo.InvariantCulture, $"X02{msoa:D6}"),
                string.Create(CultureInfo.InvariantCulture, $"{TownName} {msoa:D3}"),
                xs[order[k]], ys[order[k]]);
        }

        return (lsoas, new NearestPointIndex([.. lsoas.Select(l => l.Easting)], [.. lsoas.Select(l => l.Northing)], 400));
    }

    private long HilbertIndex(double easting, double northing)
    {
        const int n = 1024;
        int x = Math.Clamp((int)((easting - MinEasting) / Side * n), 0, n - 1);
        int y = Math.Clamp((int)((northing - MinNorthing) / Side * n), 0, n - 1);
        long d = 0;
        for (int s = n / 2; s > 0; s /= 2)
        {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long)s * s * ((3 * rx) ^ ry);

            // Rotate the quadrant so the curve stays continuous.
            if (ry == 0)
            {
                if (rx == 1)
                {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }

                (x, y) = (y, x);
            }
        }

        return d;
    }
}
