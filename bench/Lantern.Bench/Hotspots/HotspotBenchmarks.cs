using BenchmarkDotNet.Attributes;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Tasking;
using Lantern.Core.Time;

namespace Lantern.Bench.Hotspots;

/// <summary>
/// Cell aggregation, Gi* with FDR and ranking, and the full daily tasking list, on synthetic clustered crimes over a
/// 60 × 60 km area at 150 m (400 × 400 = 160,000 cells), held in memory. Target: a million crimes well under a second
/// on one core.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/Lantern.Bench -- --filter '*HotspotBenchmarks*' --job short --inProcess</c>.
/// </remarks>
[MemoryDiagnoser]
public class HotspotBenchmarks
{
    private static readonly DateOnly s_date = new(2025, 1, 15);
    private static readonly CellExtent s_area = CellExtent.Covering(GridSpec.Default, 300_000, 180_000, 359_999, 239_999);

    private CrimePoints _crimes = default!; // set in Setup

    /// <summary>Number of crimes.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Crimes { get; set; }

    /// <summary>Generates the crimes: 60% in 300 clusters of 100-400 m spread, 40% anywhere, over 24 months.</summary>
    [GlobalSetup]
    public void Setup() => _crimes = Generate(Crimes, seed: 20250115);

    /// <summary>Cell counts and harm rank only.</summary>
    [Benchmark]
    public HotspotResult Aggregate() =>
        HotspotAnalysis.Run(_crimes, new HotspotOptions { StudyArea = s_area, Methods = HotspotMethods.None });

    /// <summary>Cell counts, Gi* over all 160,000 cells with FDR, and the harm rank.</summary>
    [Benchmark]
    public HotspotResult AggregateGiStarRank() =>
        HotspotAnalysis.Run(_crimes, new HotspotOptions { StudyArea = s_area, Methods = HotspotMethods.GetisOrd });

    /// <summary>The daily list: look-back and previous year, Gi*, top 20, trends, plans and reasons.</summary>
    [Benchmark]
    public TaskingList Tasking() => TaskingAnalysis.Run(_crimes, new TaskingOptions(s_date, seed: 1));

    internal static CrimePoints Generate(int count, int seed)
    {
        var rng = new Random(seed);
        CrimeCategory[] categories =
        [
            CrimeCategory.ViolenceAndSexualOffences, CrimeCategory.ViolenceAndSexualOffences, CrimeCategory.AntiSocialBehaviour,
            CrimeCategory.PublicOrder, CrimeCategory.CriminalDamageAndArson, CrimeCategory.Shoplifting, CrimeCategory.Burglary,
            CrimeCategory.VehicleCrime, CrimeCategory.OtherTheft, CrimeCategory.Robbery, CrimeCategory.PossessionOfWeapons,
        ];
        var centres = new (double E, double N, double Spread)[300];
        for (int c = 0; c < centres.Length; c++)
        {
            centres[c] = (300_000 + (rng.NextDouble() * 60_000), 180_000 + (rng.NextDouble() * 60_000), 100 + (rng.NextDouble() * 300));
        }

        var builder = new CrimePointsBuilder(count);
        var first = new YearMonth(2023, 1);
        for (int i = 0; i < count; i++)
        {
            double e, n;
            if (rng.NextDouble() < 0.6)
            {
                (double ce, double cn, double spread) = centres[rng.Next(centres.Length)];
                e = Math.Clamp(ce + (Gaussian(rng) * spread), 300_000, 359_999);
                n = Math.Clamp(cn + (Gaussian(rng) * spread), 180_000, 239_999);
            }
            else
            {
                e = 300_000 + (rng.NextDouble() * 60_000);
                n = 180_000 + (rng.NextDouble() * 60_000);
            }

            CrimeCategory category = categories[rng.Next(categories.Length)];
            builder.Add(e, n, category, HarmTable.Default.WeightOf(category), first.PlusMonths(rng.Next(24)));
        }

        return builder.Build();
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
