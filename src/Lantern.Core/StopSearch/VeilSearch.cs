namespace Lantern.Core.StopSearch;

/// <summary>One search as the veil-of-darkness test reads it.</summary>
/// <param name="At">When it took place (any offset; UK civil time is worked out from it).</param>
/// <param name="Latitude">WGS84 latitude in degrees; null when the search has no coordinates.</param>
/// <param name="Longitude">WGS84 longitude in degrees; null when the search has no coordinates.</param>
/// <param name="Group">The person's ethnic group on the basis chosen (officer- or self-defined).</param>
/// <param name="Area">The index of the area (fixed effect) the search is in, 0 or more; −1 when it lies in none.</param>
public readonly record struct VeilSearch(DateTimeOffset At, double? Latitude, double? Longitude, EthnicGroup Group, int Area);
