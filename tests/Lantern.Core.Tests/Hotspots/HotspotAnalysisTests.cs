using Lantern.Core.Crimes;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Hotspots;

public class HotspotAnalysisTests
{
    [Fact]
    public void Run_SameInputsTwice_GivesTheSameResult()
    {
        CrimePoints crimes = TestCrimes.Random(3000, seed: 21);

        HotspotResult a = HotspotAnalysis.Run(crimes, new HotspotOptions());
        HotspotResult b = HotspotAnalysis.Run(crimes, new HotspotOptions());

        Assert.Equal(a.Counts.Harm.ToArray(), b.Counts.Harm.ToArray());
        Assert.Equal(a.GiStar!.Z.ToArray(), b.GiStar!.Z.ToArray());
        Assert.Equal(a.KernelDensity!.Density.ToArray(), b.KernelDensity!.Density.ToArray());
        Assert.Equal(a.RankOrder.ToArray(), b.RankOrder.ToArray());
        Assert.Equal(a.AutomaticChoices, b.AutomaticChoices);
    }

    [Fact]
    public void Run_Defaults_RecordsStudyAreaStorageAndBandwidthChoices()
    {
        HotspotResult result = HotspotAnalysis.Run(TestCrimes.Random(1000, seed: 2), new HotspotOptions());

        Assert.Contains(result.AutomaticChoices, c => c.Parameter == "StudyArea");
        Assert.Contains(result.AutomaticChoices, c => c.Parameter == "CellStorage" && c.Value == "Dense");
        Assert.Contains(result.AutomaticChoices, c => c.Parameter == "BandwidthMetres");
        Assert.Contains(result.AutomaticChoices, c => c.Parameter == "GiStarMethod");
        Assert.Equal(450, result.Options.GiStarBandMetres);
        Assert.Equal(29, result.GiStar!.FullNeighbourCount);
    }

    [Fact]
    public void Run_NoMethods_ComputesCountsOnly()
    {
        HotspotResult result = HotspotAnalysis.Run(TestCrimes.Random(100, seed: 1), new HotspotOptions { Methods = HotspotMethods.None });

        Assert.Null(result.KernelDensity);
        Assert.Null(result.GiStar);
        Assert.Null(result.Concentration);
        Assert.True(result.Counts.OccupiedCount > 0);
    }

    [Fact]
    public void Run_NothingMatches_SaysSoWithoutThrowing()
    {
        HotspotResult result = HotspotAnalysis.Run(TestCrimes.Random(100, seed: 1),
            new HotspotOptions { FirstMonth = new YearMonth(2030, 1) });

        Assert.Null(result.Counts.StudyArea);
        Assert.Null(result.GiStar);
        Assert.Single(result.Notes);
    }

    [Fact]
    public void Run_InvertedMonths_Throws()
    {
        var options = new HotspotOptions { FirstMonth = new YearMonth(2024, 5), LastMonth = new YearMonth(2024, 1) };

        Assert.Throws<ArgumentException>(() => HotspotAnalysis.Run(CrimePoints.Empty, options));
    }

    [Theory]
    [InlineData(-1)] // a negative band is meaningless
    [InlineData(double.NaN)] // NaN is rejected at the boundary
    [InlineData(20_000)] // wider than any sensible band
    public void GiStarBandMetres_OutOfRange_Throws(double band)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HotspotOptions { GiStarBandMetres = band });
    }

    [Theory]
    [InlineData(0)] // no discoveries allowed is not a rate
    [InlineData(1)] // every discovery allowed is not a rate either
    public void FdrQ_OutOfRange_Throws(double q)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HotspotOptions { FdrQ = q });
    }
}
