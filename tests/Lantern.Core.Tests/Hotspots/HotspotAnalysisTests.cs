using Lantern.Core.Crimes;
using Lantern.Core.Geography;
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
    public void Run_ShapedStudyArea_CountsOnlyItsCellsAndRecordsNoAutomaticStudyArea()
    {
        // The west half of a 20 × 20 cell rectangle holding the crimes: the east half is not part of the study area.
        CrimePoints crimes = TestCrimes.Random(2000, seed: 4, width: 3000, height: 3000, x0: 0, y0: 0);
        var extent = new CellExtent(0, 0, 20, 20);
        CellSet west = CellSet.Where(extent, cell => cell.Column < 10);

        HotspotResult result = HotspotAnalysis.Run(crimes, new HotspotOptions { StudyCells = west });

        Assert.Equal(extent, result.Counts.StudyArea);
        Assert.Equal(200, result.Counts.StudyAreaCells);
        Assert.Equal(200, result.GiStar!.StudyAreaCells);
        Assert.Equal(200, result.Concentration!.StudyAreaCells);
        Assert.All(result.Counts.Cells.ToArray(), c => Assert.True(c.Column < 10));
        Assert.All(result.KernelDensity!.Cells.ToArray(), c => Assert.True(c.Column < 10));
        Assert.True(result.Counts.CrimesOutsideStudyArea > 500, "the east half's crimes are left out (a third of all are in a cluster in the west)");
        Assert.DoesNotContain(result.AutomaticChoices, c => c.Parameter == "StudyArea");
        Assert.Throws<ArgumentException>(() => HotspotAnalysis.Run(crimes,
            new HotspotOptions { StudyCells = west, StudyArea = new CellExtent(0, 0, 10, 20) }));
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
