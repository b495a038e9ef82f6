using Lantern.Core.Crimes;
using Lantern.Core.Time;

namespace Lantern.Data.Generation;

/// <summary>One synthetic event, as the in-memory stream yields it: where, what, when.</summary>
/// <param name="Easting">BNG metres, the true location (the street files show the nearest snap point instead).</param>
/// <param name="Northing">BNG metres.</param>
/// <param name="Category">One of the 14 data.police.uk categories.</param>
/// <param name="From">Start of the committed window, local (Europe/London) wall-clock time, whole minutes.</param>
/// <param name="To">End of the window, never before <paramref name="From"/>; equal when the time is exact.</param>
/// <param name="Month">The month of <paramref name="From"/>: the month the street files put it in.</param>
/// <param name="Setting">The kind of place the generator put it at.</param>
internal readonly record struct SyntheticCrime(
    double Easting, double Northing, CrimeCategory Category, DateTime From, DateTime To, YearMonth Month, PlaceKind Setting);
