namespace Lantern.Core.Geography;

/// <summary>A cell of a <see cref="GridSpec"/>: column = floor(easting / size), row = floor(northing / size).</summary>
/// <param name="Column">Column index from the national grid origin.</param>
/// <param name="Row">Row index from the national grid origin.</param>
public readonly record struct CellId(int Column, int Row);
