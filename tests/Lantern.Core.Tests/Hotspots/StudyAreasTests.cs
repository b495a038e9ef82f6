using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Hotspots;

public sealed class StudyAreasTests
{
    [Fact]
    public void Robust_OneStrayFarAway_IsLeftOutAndTheForceKept()
    {
        var builder = new CrimePointsBuilder();
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            // A 40 km square force.
            builder.Add(300_000 + (random.NextDouble() * 40_000), 180_000 + (random.NextDouble() * 40_000), CrimeCategory.Robbery, 365, new YearMonth(2024, 7));
        }

        builder.Add(170_000, 210_000, CrimeCategory.Robbery, 365, new YearMonth(2024, 7)); // 130 km west, like Gwent's Pembrokeshire crime
        var grid = new GridSpec(150);

        var (extent, outside, choice) = StudyAreas.Robust(builder.Build(), grid)!.Value;

        Assert.Equal(1, outside);
        Assert.True(extent.Contains(grid.CellOf(300_001, 180_001)));
        Assert.True(extent.Contains(grid.CellOf(339_999, 219_999)));
        Assert.False(extent.Contains(grid.CellOf(170_000, 210_000)));
        Assert.Equal("StudyArea", choice.Parameter);
        Assert.Contains("1 crimes lie outside", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Robust_NoCrimes_IsNull() => Assert.Null(StudyAreas.Robust(CrimePoints.Empty, GridSpec.Default));

    [Fact]
    public void Robust_CompactData_KeepsEveryCrime()
    {
        var builder = new CrimePointsBuilder();
        for (int i = 0; i < 100; i++)
        {
            builder.Add(331_000 + i, 188_000 + i, CrimeCategory.Burglary, 220, new YearMonth(2024, 7));
        }

        Assert.Equal(0, StudyAreas.Robust(builder.Build(), GridSpec.Default)!.Value.Outside);
    }
}
