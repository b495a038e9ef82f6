using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Tests.Hotspots;

public class KernelDensityTests
{
    [Theory]
    [InlineData(0, 1.0)] // at the crime: the peak, 3/(π h²)
    [InlineData(150, 0.5625)] // half the bandwidth: (1 − 1/4)² = 9/16
    [InlineData(212.13203435596427, 0.25)] // d² = h²/2: (1 − 1/2)² = 1/4
    [InlineData(300, 0)] // at the bandwidth the quartic kernel reaches 0
    [InlineData(450, 0)] // beyond it, nothing
    public void Quartic_KnownDistances_MatchesFormula(double distance, double shareOfPeak)
    {
        const double h = 300;
        double peak = 3 / (Math.PI * h * h);

        Assert.Equal(shareOfPeak * peak, KernelDensity.Quartic(distance * distance, h), 15);
    }

    [Fact]
    public void Compute_OneCrimeAtACellCentre_GivesKernelTimesHarmPerKm2()
    {
        // One crime of harm 200 at the centre of cell (10, 10); h = 300 m; study area 21 × 21 cells around it.
        CrimePoints crimes = TestCrimes.At((1575, 1575, 200));
        HotspotResult result = HotspotAnalysis.Run(crimes, new HotspotOptions
        {
            BandwidthMetres = 300,
            StudyArea = new CellExtent(0, 0, 21, 21),
            Methods = HotspotMethods.KernelDensity,
        });

        KernelDensityResult kde = result.KernelDensity!;
        double peak = 200 * 3 / (Math.PI * 300 * 300) * 1e6;
        Assert.Equal(peak, kde.DensityOf(new CellId(10, 10)), 9);
        Assert.Equal(peak * 0.5625, kde.DensityOf(new CellId(11, 10)), 9); // 150 m east
        Assert.Equal(peak * 0.25, kde.DensityOf(new CellId(11, 11)), 9); // 212 m north-east
        Assert.Equal(0, kde.DensityOf(new CellId(12, 10))); // 300 m: on the edge of the kernel
        Assert.Equal(9, kde.Cells.Length); // the centre, 4 rook and 4 diagonal neighbours
        Assert.False(kde.BandwidthIsAutomatic);
    }

    [Fact]
    public void Compute_WideBandwidth_ConservesHarmOverTheGrid()
    {
        // Density × cell area summed over cells approximates the total harm when h spans many cells and no mass spills out.
        CrimePoints crimes = TestCrimes.Random(300, seed: 3, width: 1500, height: 1500, x0: 3000, y0: 3000);
        HotspotResult result = HotspotAnalysis.Run(crimes, new HotspotOptions
        {
            BandwidthMetres = 900,
            StudyArea = new CellExtent(0, 0, 60, 60),
            Methods = HotspotMethods.KernelDensity,
        });

        double mass = result.KernelDensity!.Density.ToArray().Sum() * 0.0225; // 150 m × 150 m = 0.0225 km²
        Assert.Equal(result.Counts.TotalHarm, mass, result.Counts.TotalHarm * 0.01);
    }

    [Fact]
    public void Compute_NoBandwidth_ChoosesOneAndRecordsIt()
    {
        CrimePoints crimes = TestCrimes.Random(2000, seed: 11, width: 20_000, height: 15_000);

        HotspotResult result = HotspotAnalysis.Run(crimes, new HotspotOptions { Methods = HotspotMethods.KernelDensity });

        KernelDensityResult kde = result.KernelDensity!;
        Assert.True(kde.BandwidthIsAutomatic);
        Assert.InRange(kde.BandwidthMetres, 150, 1500);
        AutomaticChoice choice = Assert.Single(kde.AutomaticChoices, c => c.Parameter == "BandwidthMetres");
        Assert.Contains("Rule of thumb", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SparseStorage_MatchesDense()
    {
        CrimePoints crimes = TestCrimes.Random(500, seed: 4);
        var options = new HotspotOptions { BandwidthMetres = 400, Methods = HotspotMethods.KernelDensity };

        HotspotResult dense = HotspotAnalysis.RunWith(crimes, options, CrimeFilter.All, HotspotOptions.DenseCellLimit);
        HotspotResult sparse = HotspotAnalysis.RunWith(crimes, options, CrimeFilter.All, denseLimit: 0);

        Assert.Equal(dense.KernelDensity!.Cells.ToArray(), sparse.KernelDensity!.Cells.ToArray());
        Assert.Equal(dense.KernelDensity.Density.ToArray(), sparse.KernelDensity.Density.ToArray());
    }
}
