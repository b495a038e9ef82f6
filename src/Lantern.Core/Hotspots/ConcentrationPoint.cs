namespace Lantern.Core.Hotspots;

/// <summary>Share of harm in the top cells.</summary>
/// <param name="TopFraction">Fraction of cells, e.g. 0.01 for the top 1%.</param>
/// <param name="ShareOfOccupied">Share of total harm in the top <paramref name="TopFraction"/> of occupied cells.</param>
/// <param name="ShareOfStudyArea">Share of total harm in the top <paramref name="TopFraction"/> of all cells of the study area.</param>
public readonly record struct ConcentrationPoint(double TopFraction, double ShareOfOccupied, double ShareOfStudyArea);
