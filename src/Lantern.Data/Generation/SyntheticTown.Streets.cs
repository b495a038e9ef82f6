using Lantern.Core.Geography;

namespace Lantern.Data.Generation;

/// <content>Streets and snap points.</content>
internal sealed partial class SyntheticTown
{
    // data.police.uk snap points sit every hundred metres or so along streets, plus points for some kinds of place.
    private const double SnapSpacing = 110;
    private const int StreetLength = 5;

    private readonly NearestPointIndex _snapIndex;

    /// <summary>The snap points crimes are published at.</summary>
    public SnapPoint[] SnapPoints { get; }

    /// <summary>The snap point nearest a location: where data.police.uk would publish a crime there.</summary>
    /// <param name="easting">BNG metres.</param>
    /// <param name="northing">BNG metres.</param>
    /// <returns>Index into <see cref="SnapPoints"/>.</returns>
    public int NearestSnapPoint(double easting, double northing) => _snapIndex.Nearest(easting, northing);

    private (SnapPoint[] Points, NearestPointIndex Index) BuildSnapPoints(DeterministicRandom random)
    {
        var grid = new BritishNationalGrid();
        string[] names = StreetNames.Shuffled(random);
        int nextName = 0;
        int n = (int)(Side / SnapSpacing);
        int blocks = (n / StreetLength) + 1;

        // Streets run east-west in some blocks of the lattice and north-south in others, like a patchwork of estates.
        bool[] eastWest = new bool[blocks * blocks];
        for (int b = 0; b < eastWest.Length; b++)
        {
            eastWest[b] = random.Chance(0.5);
        }

        var streetNames = new Dictionary<long, string>();
        var points = new List<SnapPoint>();
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                double e = MinEasting + ((i + 0.5) * SnapSpacing) + random.Uniform(-25, 25);
                double north = MinNorthing + ((j + 0.5) * SnapSpacing) + random.Uniform(-25, 25);
                double d = Math.Sqrt(((e - CentreEasting) * (e - CentreEasting)) + ((north - CentreNorthing) * (north - CentreNorthing)));
                double keep = d < 0.75 * BuiltUpRadius ? 0.95
                    : d < 1.15 * BuiltUpRadius ? 0.95 - (0.8 * (d - (0.75 * BuiltUpRadius)) / (0.4 * BuiltUpRadius))
                    : 0.12;
                if (!random.Chance(keep))
                {
                    continue;
                }

                int bi = i / StreetLength;
                int bj = j / StreetLength;
                long key = eastWest[(bj * blocks) + bi] ? ((long)j << 20) | (uint)bi : (1L << 40) | ((long)i << 20) | (uint)bj;
                if (!streetNames.TryGetValue(key, out string? name))
                {
                    // A big area can outrun the name list; real forces have many streets of the same name too.
                    name = names[nextName++ % names.Length];
                    streetNames[key] = name;
                }

                points.Add(StreetPoint(grid, e, north, name));
            }
        }

        var streetIndex = new NearestPointIndex([.. points.Select(p => p.Easting)], [.. points.Select(p => p.Northing)], 250);
        SnapPoint[] streets = [.. points];
        SnapPoint Poi(double e, double north, string kind) =>
            PlacePoint(grid, e, north, kind, streets[streetIndex.Nearest(e, north)].Street);

        // Places published under their kind, as data.police.uk does ("On or near Supermarket").
        var venues = new List<Place>();
        bool railway = true;
        foreach (Place place in _places)
        {
            switch (place.Kind)
            {
                case PlaceKind.NightTimeEconomy:
                    venues.Add(place);
                    break;
                case PlaceKind.Supermarket:
                    points.Add(Poi(place.Easting, place.Northing, "Supermarket"));
                    break;
                case PlaceKind.CarPark:
                    points.Add(Poi(place.Easting, place.Northing, "Parking Area"));
                    break;
                case PlaceKind.Park:
                    points.Add(Poi(place.Easting, place.Northing, random.Chance(0.6) ? "Park/Open Space" : "Sports/Recreation Area"));
                    break;
                case PlaceKind.Transport:
                    points.Add(railway
                        ? StreetPoint(grid, place.Easting, place.Northing, "Station Approach")
                        : Poi(place.Easting, place.Northing, "Bus/Coach Station"));
                    railway = false;
                    break;
                case PlaceKind.Hospital:
                    points.Add(Poi(place.Easting, place.Northing, "Hospital"));
                    break;
                default:
                    break;
            }
        }

        // The busiest venues are the nightclubs.
        venues.Sort((a, b) => b.Intensity.CompareTo(a.Intensity));
        foreach (Place venue in venues.Take(8))
        {
            points.Add(Poi(venue.Easting, venue.Northing, "Nightclub"));
        }

        for (int k = 0; k < 3; k++)
        {
            points.Add(Poi(CentreEasting + random.Uniform(-200, 200), CentreNorthing + random.Uniform(-200, 200), "Shopping Area"));
        }

        points.Add(Poi(CentreEasting + 260, CentreNorthing + 310, "Police Station"));
        points.Add(Poi(CentreEasting - 330, CentreNorthing - 120, "Theatre/Concert Hall"));
        for (int k = 0; k < 4; k++)
        {
            double radius = BuiltUpRadius * random.Uniform(0.3, 0.8);
            double angle = 2 * Math.PI * random.NextDouble();
            points.Add(Poi(CentreEasting + (radius * Math.Cos(angle)), CentreNorthing + (radius * Math.Sin(angle)), "Petrol Station"));
        }

        SnapPoint[] all = [.. points];
        return (all, new NearestPointIndex([.. all.Select(p => p.Easting)], [.. all.Select(p => p.Northing)], 250));
    }

    private static SnapPoint StreetPoint(BritishNationalGrid grid, double e, double n, string street)
    {
        (double lon, double lat) = grid.ToWgs84(new BngPoint(e, n));
        return new SnapPoint(e, n, Math.Round(lon, 6), Math.Round(lat, 6), "On or near " + street, street, -1);
    }

    private static SnapPoint PlacePoint(BritishNationalGrid grid, double e, double n, string kind, string street)
    {
        (double lon, double lat) = grid.ToWgs84(new BngPoint(e, n));
        return new SnapPoint(e, n, Math.Round(lon, 6), Math.Round(lat, 6), "On or near " + kind, street, -1);
    }
}
