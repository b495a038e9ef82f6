namespace Lantern.Data.Formats.GeoJson;

/// <summary>Which feature properties hold an area's code and name; all optional (auto-detected when absent).</summary>
/// <remarks>
/// Auto-detection, as ONS boundary files are named: the code is a property ending in <c>CD</c> (LAD22CD,
/// MSOA21CD, LSOA21CD), the name the property with the same stem ending in <c>NM</c>. When a file carries several
/// levels (an LSOA file also names its MSOA and borough), <see cref="CodePrefix"/> picks one; without it the code
/// property with the most distinct values, the finest level, wins.
/// </remarks>
internal sealed record GeoJsonAreaOptions
{
    /// <summary>The code property, exactly as in the file (e.g. <c>LSOA21CD</c>); null to detect it.</summary>
    public string? CodeProperty { get; init; }

    /// <summary>The name property (e.g. <c>LSOA21NM</c>); null to detect it.</summary>
    public string? NameProperty { get; init; }

    /// <summary>
    /// When detecting, consider only code properties starting with this (ignoring case), e.g. <c>LAD</c>, <c>MSOA</c>,
    /// <c>LSOA</c>; null to consider all.
    /// </summary>
    public string? CodePrefix { get; init; }

    /// <summary>Options for a level name as the CLI spells it.</summary>
    /// <param name="level"><c>borough</c> (or <c>lad</c>), <c>msoa</c> or <c>lsoa</c>, ignoring case.</param>
    /// <returns>Options with <see cref="CodePrefix"/> set, or null when the level is not one of those.</returns>
    public static GeoJsonAreaOptions? ForLevel(string level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return level.Trim().ToUpperInvariant() switch
        {
            "BOROUGH" or "LAD" => new GeoJsonAreaOptions { CodePrefix = "LAD" },
            "MSOA" => new GeoJsonAreaOptions { CodePrefix = "MSOA" },
            "LSOA" => new GeoJsonAreaOptions { CodePrefix = "LSOA" },
            _ => null,
        };
    }
}
