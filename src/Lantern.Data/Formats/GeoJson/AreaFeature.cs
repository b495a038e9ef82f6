using NetTopologySuite.Geometries;

namespace Lantern.Data.Formats.GeoJson;

/// <summary>One area read from a GeoJSON file: its code, name, geometry in BNG metres and remaining properties.</summary>
/// <remarks>Immutable; the geometry is shared, so treat it as read-only.</remarks>
internal sealed class AreaFeature
{
    /// <summary>Creates a feature.</summary>
    /// <param name="index">0-based position in the file's <c>features</c> array.</param>
    /// <param name="code">The area code, e.g. <c>E01000001</c>.</param>
    /// <param name="name">The area name; the code when the file has no name.</param>
    /// <param name="geometry">A valid <see cref="Polygon"/> or <see cref="MultiPolygon"/>, SRID 27700.</param>
    /// <param name="properties">Every other property, as text.</param>
    public AreaFeature(int index, string code, string name, Geometry geometry, IReadOnlyDictionary<string, string> properties)
    {
        Index = index;
        Code = code;
        Name = name;
        Geometry = geometry;
        Properties = properties;
    }

    /// <summary>0-based position in the file's <c>features</c> array.</summary>
    public int Index { get; }

    /// <summary>The area code.</summary>
    public string Code { get; }

    /// <summary>The area name (the code when the file has none).</summary>
    public string Name { get; }

    /// <summary>The area in British National Grid metres: a valid polygon or multipolygon with SRID 27700.</summary>
    public Geometry Geometry { get; }

    /// <summary>
    /// The feature's other properties (not the code or name), as text: strings as they are, numbers and booleans
    /// as written in the file, null as an empty string, objects and arrays as raw JSON.
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; }
}
