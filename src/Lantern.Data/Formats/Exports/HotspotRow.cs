using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Data.Formats.Exports;

/// <summary>
/// One exported hot-spot cell: every occupied cell in harm-rank order, then the unoccupied cells Gi* finds
/// significant (row-major), so a map shows clusters that reach into empty cells.
/// </summary>
internal readonly record struct HotspotRow(CellId Cell, int CountsIndex, int HarmRank, GiStarValue? GiStar, double? Density)
{
    public static IEnumerable<HotspotRow> From(HotspotResult result)
    {
        CellCounts counts = result.Counts;
        int[] order = result.RankOrder.ToArray();
        for (int k = 0; k < order.Length; k++)
        {
            CellId cell = counts.Cells[order[k]];
            yield return new HotspotRow(cell, order[k], k + 1, result.GiStar?.ValueOf(cell), result.KernelDensity?.DensityOf(cell));
        }

        if (result.GiStar is not { } gi)
        {
            yield break;
        }

        for (int i = 0; i < gi.Cells.Length; i++)
        {
            CellId cell = gi.Cells[i];
            if (gi.Significant[i] && !counts.TryFind(cell, out _))
            {
                yield return new HotspotRow(cell, -1, 0, gi.ValueOf(cell), result.KernelDensity?.DensityOf(cell));
            }
        }
    }

    /// <summary>"hot", "cold" or "" (not significant, or Gi* not run).</summary>
    public string GiClass => GiStar is { IsHotSpot: true } ? "hot" : GiStar is { IsColdSpot: true } ? "cold" : "";
}
