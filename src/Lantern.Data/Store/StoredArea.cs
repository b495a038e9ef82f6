using NetTopologySuite.Geometries;

namespace Lantern.Data.Store;

/// <summary>An area as stored: level, code, name and its geometry in British National Grid.</summary>
internal sealed record StoredArea(string Level, string Code, string? Name, Geometry Geometry);
