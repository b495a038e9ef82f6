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

    [Fact]
    public void Robust_CrimesOnCellEdges_AreCountedOutsideAsTheirCellsAre()
    {
        // A 40 km force, and crimes at every 150 m along lines 5 to 15 km west and east of it (fewer than the share
        // trimmed), where the study area's edges fall (10 km out): exactly on cell edges, so some lie on the study area's
        // own edges, where a crime on the west edge is inside and one on the east edge is in the next cell, outside.
        var builder = new CrimePointsBuilder();
        var random = new Random(11);
        for (int i = 0; i < 20_000; i++)
        {
            builder.Add(300_000 + (random.NextDouble() * 40_000), 180_000 + (random.NextDouble() * 40_000), CrimeCategory.Robbery, 365, new YearMonth(2024, 7));
        }

        foreach (int first in new[] { 1900, 2300 }) // 285,000 and 345,000 m east
        {
            for (int k = first; k <= first + 67; k++)
            {
                builder.Add(k * 150.0, 200_000, CrimeCategory.Robbery, 365, new YearMonth(2024, 7));
            }
        }

        CrimePoints crimes = builder.Build();
        var grid = new GridSpec(150);

        var (extent, outside, _) = StudyAreas.Robust(crimes, grid)!.Value;

        int expected = 0;
        for (int i = 0; i < crimes.Count; i++)
        {
            expected += extent.Contains(grid.CellOf(crimes.Easting[i], crimes.Northing[i])) ? 0 : 1;
        }

        Assert.InRange(outside, 40, 136);
        Assert.Equal(expected, outside);
        Assert.Contains(Enumerable.Range(0, crimes.Count), i => crimes.Easting[i] == (extent.MaxColumn + 1) * 150.0); // the edge case is there
        Assert.Contains(Enumerable.Range(0, crimes.Count), i => crimes.Easting[i] == extent.MinColumn * 150.0);
    }
}
