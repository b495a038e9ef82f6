using NetTopologySuite.Geometries;

namespace Lantern.Data.Formats.GeoJson;

/// <summary>An area read by <see cref="GeoJsonPolygon.Read"/>, or why it could not be.</summary>
/// <param name="Area">The area in British National Grid (a polygon or multipolygon), or null.</param>
/// <param name="Error">What is wrong with the document, or null.</param>
/// <param name="Warnings">What was repaired on the way (an invalid ring fixed).</param>
internal sealed record GeoJsonPolygonResult(Geometry? Area, string? Error, IReadOnlyList<string> Warnings)
{
    public static GeoJsonPolygonResult Failure(string error) => new(null, error, []);
}
