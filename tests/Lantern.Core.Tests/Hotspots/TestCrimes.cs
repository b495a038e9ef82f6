using Lantern.Core.Crimes;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Hotspots;

/// <summary>Small crime sets for tests.</summary>
internal static class TestCrimes
{
    public static readonly YearMonth Month = new(2024, 6);

    /// <summary>Month-only violence at the given points with the given harm, all in <see cref="Month"/>.</summary>
    public static CrimePoints At(params (double Easting, double Northing, double Harm)[] points)
    {
        var b = new CrimePointsBuilder(points.Length);
        foreach ((double e, double n, double h) in points)
        {
            b.Add(e, n, CrimeCategory.ViolenceAndSexualOffences, h, Month);
        }

        return b.Build();
    }

    /// <summary>Crimes scattered at random over a rectangle, with clusters, from a fixed seed.</summary>
    public static CrimePoints Random(int count, int seed, double width = 3000, double height = 2000, double x0 = 300_000,
        double y0 = 180_000)
    {
        var rng = new Random(seed);
        var b = new CrimePointsBuilder(count);
        double[] weights = [200, 365, 10, 2, 0, 7.5];
        CrimeCategory[] cats = [CrimeCategory.ViolenceAndSexualOffences, CrimeCategory.Robbery, CrimeCategory.OtherCrime,
            CrimeCategory.OtherTheft, CrimeCategory.AntiSocialBehaviour, CrimeCategory.PublicOrder];
        for (int i = 0; i < count; i++)
        {
            double e, n;
            if (i % 3 == 0)
            {
                // A cluster near a third of the way in.
                e = x0 + (width / 3) + (rng.NextDouble() * 200);
                n = y0 + (height / 3) + (rng.NextDouble() * 200);
            }
            else
            {
                e = x0 + (rng.NextDouble() * width);
                n = y0 + (rng.NextDouble() * height);
            }

            int k = rng.Next(cats.Length);
            b.Add(e, n, cats[k], weights[k], Month.PlusMonths(-rng.Next(6)));
        }

        return b.Build();
    }
}
