namespace Lantern.Core.Hotspots;

/// <summary>Gi* statistics of one cell.</summary>
/// <param name="LocalSum">Harm summed over the cell's neighbours, itself included.</param>
/// <param name="Neighbours">Neighbours inside the study area, itself included (fewer at the edges).</param>
/// <param name="Z">The Gi* z-score: positive where harm clusters, negative where it is sparse.</param>
/// <param name="PValue">Two-sided p-value of <paramref name="Z"/> under the normal approximation.</param>
/// <param name="AdjustedP">Benjamini-Hochberg adjusted p-value over every cell of the study area.</param>
/// <param name="Significant">Whether the cell is significant at the false discovery rate chosen.</param>
public readonly record struct GiStarValue(double LocalSum, int Neighbours, double Z, double PValue, double AdjustedP, bool Significant)
{
    /// <summary>A significant cluster of high harm.</summary>
    public bool IsHotSpot => Significant && Z > 0;

    /// <summary>A significant cluster of low harm.</summary>
    public bool IsColdSpot => Significant && Z < 0;
}
