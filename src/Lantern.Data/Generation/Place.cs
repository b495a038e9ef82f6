namespace Lantern.Data.Generation;

/// <summary>A place in the synthetic town where crime happens: a venue, shop, street block, park or station.</summary>
/// <param name="Easting">BNG metres.</param>
/// <param name="Northing">BNG metres.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Intensity">Relative risk among places of its kind (heavy-tailed: a few places carry most crime).</param>
/// <param name="SpreadMetres">How far its crimes scatter around it (standard deviation on each axis).</param>
internal readonly record struct Place(double Easting, double Northing, PlaceKind Kind, double Intensity, double SpreadMetres);
