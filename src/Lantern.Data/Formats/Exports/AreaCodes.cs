using Lantern.Core.Geography;

namespace Lantern.Data.Formats.Exports;

/// <summary>
/// The area codes an export carries for each cell: one column (CSV) or property (GeoJSON) per boundary level, named
/// <c>{level}_code</c> (<c>lsoa_code</c>, <c>borough_code</c>), from the area containing the cell's centre.
/// </summary>
internal sealed class AreaCodes
{
    public AreaCodes(IReadOnlyList<(string Level, Func<CellId, string?> CodeOf)> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        Levels = levels;
    }

    public static AreaCodes None { get; } = new([]);

    public IReadOnlyList<(string Level, Func<CellId, string?> CodeOf)> Levels { get; }

    public static string Column(string level) => level + "_code";
}
