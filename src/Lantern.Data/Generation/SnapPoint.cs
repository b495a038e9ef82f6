namespace Lantern.Data.Generation;

/// <summary>
/// A data.police.uk-style anonymisation point: every crime is published at the nearest one, "On or near" a street
/// or a kind of place (Supermarket, Parking Area, Nightclub).
/// </summary>
/// <param name="Easting">BNG metres.</param>
/// <param name="Northing">BNG metres.</param>
/// <param name="Longitude">WGS84 degrees, rounded to 6 places as published.</param>
/// <param name="Latitude">WGS84 degrees, rounded to 6 places.</param>
/// <param name="Location">As published, e.g. "On or near Tallow Lane".</param>
/// <param name="Street">The street it is on (for a place: the nearest street), e.g. "Tallow Lane".</param>
/// <param name="Lsoa">Index of its LSOA in <see cref="SyntheticTown.Lsoas"/>.</param>
internal readonly record struct SnapPoint(
    double Easting, double Northing, double Longitude, double Latitude, string Location, string Street, int Lsoa);
