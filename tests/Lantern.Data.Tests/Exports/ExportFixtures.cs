using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;
using Lantern.Core.Tasking;
using Lantern.Core.Time;

namespace Lantern.Data.Tests.Exports;

/// <summary>A small analysis near Newport (Gwent) to export.</summary>
internal static class ExportFixtures
{
    public static readonly DateOnly Date = new(2025, 1, 15);

    public static CrimePoints Crimes()
    {
        var b = new CrimePointsBuilder();
        var rng = new Random(3);
        CrimeCategory[] cats = [CrimeCategory.ViolenceAndSexualOffences, CrimeCategory.Robbery, CrimeCategory.PublicOrder,
            CrimeCategory.AntiSocialBehaviour];
        for (int i = 0; i < 600; i++)
        {
            bool cluster = i % 2 == 0;
            double e = 331_000 + (cluster ? rng.NextDouble() * 300 : rng.NextDouble() * 3000);
            double n = 188_000 + (cluster ? rng.NextDouble() * 300 : rng.NextDouble() * 3000);
            CrimeCategory c = cats[rng.Next(cats.Length)];
            b.Add(e, n, c, HarmTable.Default.WeightOf(c), new YearMonth(2024, 1 + rng.Next(12)));
        }

        return b.Build();
    }

    public static HotspotResult Hotspots() => HotspotAnalysis.Run(Crimes(), new HotspotOptions());

    public static TaskingList Tasking() => TaskingAnalysis.Run(Crimes(), new TaskingOptions(Date, seed: 5)
    {
        TopN = 5,
        AreaOf = c => c.Column < 2209 ? "W05000001" : "W05000002",
        Adjustments = [new AnalystAdjustment(new CellId(2200, 1250), AdjustmentKind.Add, "Neighbourhood team: \"Friday\" fights, by the bus station")],
    });
}
