namespace Lantern.Core.Hotspots;

/// <summary>
/// The cells of the study area with no harm within the distance band. Their local sum is 0, so their Gi* depends
/// only on how many neighbours they have; they are reported as one group per neighbour count.
/// </summary>
/// <param name="Neighbours">Neighbours inside the study area, itself included.</param>
/// <param name="CellCount">Number of cells in the group.</param>
/// <param name="Z">Their z-score (zero or negative).</param>
/// <param name="PValue">Their two-sided p-value.</param>
/// <param name="AdjustedP">Their Benjamini-Hochberg adjusted p-value.</param>
/// <param name="Significant">Whether they are significant (cold) at the false discovery rate chosen.</param>
public readonly record struct GiStarBackground(int Neighbours, long CellCount, double Z, double PValue, double AdjustedP, bool Significant);
