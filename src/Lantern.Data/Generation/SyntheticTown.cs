namespace Lantern.Data.Generation;

/// <summary>
/// The fictional world behind the synthetic force: the town of Lanternbury, laid on real British National Grid
/// coordinates in the English Midlands around E 440000 N 300000 but otherwise invented. It has a town centre
/// with a night-time economy, district high streets, retail parks, residential neighbourhoods of uneven
/// deprivation, parks, car parks, a station and a hospital; data.police.uk-style snap points on fictional
/// streets; and fictional LSOAs.
/// </summary>
/// <remarks>
/// Built from the seed and the area size only, so a seed names the same streets whatever number of events is
/// asked for. Immutable once built; thread safe.
/// </remarks>
internal sealed partial class SyntheticTown
{
    /// <summary>The town's name, used in LSOA names.</summary>
    public const string TownName = "Lanternbury";

    /// <summary>Easting of the town centre (BNG metres).</summary>
    public const double CentreEasting = 440_000;

    /// <summary>Northing of the town centre.</summary>
    public const double CentreNorthing = 300_000;

    private const ulong TownStream = 1;

    private readonly Place[] _places;

    private SyntheticTown(int seed, int side)
    {
        Seed = seed;
        Side = side;
        MinEasting = CentreEasting - (side / 2.0);
        MinNorthing = CentreNorthing - (side / 2.0);
        BuiltUpRadius = 0.42 * side;
        var random = new DeterministicRandom(seed, TownStream);
        _places = BuildPlaces(random);
        (SnapPoints, _snapIndex) = BuildSnapPoints(random);
        (Lsoas, _lsoaIndex) = BuildLsoas(random);
        for (int i = 0; i < SnapPoints.Length; i++)
        {
            SnapPoints[i] = SnapPoints[i] with { Lsoa = LsoaOf(SnapPoints[i].Easting, SnapPoints[i].Northing) };
        }
    }

    /// <summary>The seed the town was built from.</summary>
    public int Seed { get; }

    /// <summary>Side of the square area, metres.</summary>
    public int Side { get; }

    /// <summary>West edge of the area.</summary>
    public double MinEasting { get; }

    /// <summary>South edge of the area.</summary>
    public double MinNorthing { get; }

    /// <summary>East edge of the area.</summary>
    public double MaxEasting => MinEasting + Side;

    /// <summary>North edge of the area.</summary>
    public double MaxNorthing => MinNorthing + Side;

    /// <summary>Radius of the built-up area around the centre, metres.</summary>
    public double BuiltUpRadius { get; }

    /// <summary>The places where crime happens.</summary>
    public ReadOnlySpan<Place> Places => _places;

    /// <summary>Builds the town for a seed and area size.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="sideMetres">Side of the square area, metres.</param>
    /// <returns>The town.</returns>
    public static SyntheticTown Create(int seed, int sideMetres) => new(seed, sideMetres);

    /// <summary>Moves a point that fell outside the area back inside by reflecting it at the edge.</summary>
    /// <param name="easting">Easting.</param>
    /// <param name="northing">Northing.</param>
    /// <returns>A point inside the area.</returns>
    public (double Easting, double Northing) Reflect(double easting, double northing) =>
        (ReflectAxis(easting, MinEasting, MaxEasting), ReflectAxis(northing, MinNorthing, MaxNorthing));

    /// <summary>A point of the thinly spread background: uniform over the built-up disc, denser towards the centre.</summary>
    /// <param name="random">The generator.</param>
    /// <returns>The point.</returns>
    public (double Easting, double Northing) ScatteredPoint(DeterministicRandom random)
    {
        double radius = BuiltUpRadius * (random.Chance(0.4) ? 0.5 : 1.0) * Math.Sqrt(random.NextDouble());
        double angle = 2 * Math.PI * random.NextDouble();
        return Reflect(CentreEasting + (radius * Math.Cos(angle)), CentreNorthing + (radius * Math.Sin(angle)));
    }

    private Place[] BuildPlaces(DeterministicRandom random)
    {
        double scale = Side / (double)GeneratorOptions.DefaultAreaSideMetres;
        double areaScale = scale * scale;
        double r = BuiltUpRadius;
        var places = new List<Place>();

        // Town centre: the night-time economy and the main shopping streets, a few hundred metres across.
        int centreVenues = Math.Max(12, (int)Math.Round(45 * scale));
        AddCluster(places, random, CentreEasting, CentreNorthing, centreVenues, 220, PlaceKind.NightTimeEconomy, 0.8, 1.1, 20);
        AddCluster(places, random, CentreEasting, CentreNorthing, Math.Max(20, (int)Math.Round(70 * scale)), 300,
            PlaceKind.HighStreetShop, 0, 0.9, 15);

        // District centres: a parade of shops, a few pubs, a supermarket.
        int districts = Math.Max(2, (int)Math.Round(4 * areaScale));
        for (int d = 0; d < districts; d++)
        {
            (double e, double n) = Polar(r * random.Uniform(0.45, 0.7), (2 * Math.PI * d / districts) + random.Uniform(-0.3, 0.3));
            AddCluster(places, random, e, n, 6, 90, PlaceKind.NightTimeEconomy, 0, 0.9, 20);
            AddCluster(places, random, e, n, 10, 110, PlaceKind.HighStreetShop, -0.2, 0.8, 15);
            AddCluster(places, random, e, n, 1, 60, PlaceKind.Supermarket, 0.6, 0.4, 30);
            AddCluster(places, random, e, n, 1, 80, PlaceKind.CarPark, 0, 0.5, 25);
        }

        // Retail parks on the edge: large stores and their car parks.
        int retailParks = Math.Max(1, (int)Math.Round(3 * areaScale));
        for (int p = 0; p < retailParks; p++)
        {
            (double e, double n) = Polar(r * random.Uniform(0.6, 0.85), 2 * Math.PI * random.NextDouble());
            AddCluster(places, random, e, n, 5, 80, PlaceKind.Supermarket, 0.8, 0.5, 30);
            AddCluster(places, random, e, n, 1, 60, PlaceKind.CarPark, 0.3, 0.4, 40);
        }

        // Residential neighbourhoods: street blocks whose risk varies widely, in neighbourhoods whose deprivation
        // varies too; the product is the heavy tail behind "a few streets carry most crime".
        int neighbourhoods = Math.Max(6, (int)Math.Round(24 * areaScale));
        for (int k = 0; k < neighbourhoods; k++)
        {
            double radius = Math.Max(500, r * 0.95 * Math.Sqrt(random.NextDouble()));
            (double e, double n) = Polar(radius, 2 * Math.PI * random.NextDouble());
            double deprivation = random.LogNormal(0, 0.6);
            int blocks = 12 + random.NextInt(17);
            for (int b = 0; b < blocks; b++)
            {
                (double be, double bn) = Reflect(e + (260 * random.Normal()), n + (260 * random.Normal()));
                places.Add(new Place(be, bn, PlaceKind.Residential, deprivation * random.LogNormal(0, 0.8), 80));
            }
        }

        int parks = Math.Max(3, (int)Math.Round(10 * areaScale));
        for (int k = 0; k < parks; k++)
        {
            (double e, double n) = Polar(r * random.Uniform(0.2, 0.85), 2 * Math.PI * random.NextDouble());
            places.Add(new Place(e, n, PlaceKind.Park, random.LogNormal(0, 0.7), 70));
        }

        AddCluster(places, random, CentreEasting, CentreNorthing, 6, 350, PlaceKind.CarPark, 0, 0.6, 25);

        // The railway station just off the centre, the bus station in it, the hospital further out.
        places.Add(new Place(CentreEasting + 380, CentreNorthing - 220, PlaceKind.Transport, 3.0, 30));
        places.Add(new Place(CentreEasting - 140, CentreNorthing + 90, PlaceKind.Transport, 2.0, 30));
        (double he, double hn) = Polar(r * 0.4, 2 * Math.PI * random.NextDouble());
        places.Add(new Place(he, hn, PlaceKind.Hospital, 2.0, 40));
        return [.. places];
    }

    private void AddCluster(List<Place> places, DeterministicRandom random, double e, double n, int count, double spread,
        PlaceKind kind, double logMean, double logSigma, double placeSpread)
    {
        for (int i = 0; i < count; i++)
        {
            (double pe, double pn) = Reflect(e + (spread * random.Normal()), n + (spread * random.Normal()));
            places.Add(new Place(pe, pn, kind, random.LogNormal(logMean, logSigma), placeSpread));
        }
    }

    private static (double Easting, double Northing) Polar(double radius, double angle) =>
        (CentreEasting + (radius * Math.Cos(angle)), CentreNorthing + (radius * Math.Sin(angle)));

    private static double ReflectAxis(double v, double min, double max)
    {
        if (v < min)
        {
            v = min + (min - v);
        }
        else if (v > max)
        {
            v = max - (v - max);
        }

        // A point more than a whole side outside (not produced by the generator's spreads) is clamped.
        return Math.Clamp(v, min + 0.5, max - 0.5);
    }
}
