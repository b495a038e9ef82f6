using Lantern.Core.Crimes;

namespace Lantern.Core.Tasking;

/// <summary>Crimes of one category behind a place's score.</summary>
/// <param name="Category">The category.</param>
/// <param name="Crimes">Number of crimes.</param>
/// <param name="Harm">Their harm.</param>
public readonly record struct CategoryTally(CrimeCategory Category, int Crimes, double Harm);
