namespace Lantern.Analysis;

/// <summary>What a hot-spot analysis is asked for with, from the CLI's options (or a record checked again).</summary>
internal sealed record HotspotsRequest
{
    /// <summary>Force slug or name; null: the only force in the store.</summary>
    public string? Force { get; init; }

    /// <summary>First month, yyyy-MM; null: 11 months before <see cref="To"/>.</summary>
    public string? From { get; init; }

    /// <summary>Last month, yyyy-MM; null: the latest month with data.</summary>
    public string? To { get; init; }

    /// <summary>count, kde, gistar or all.</summary>
    public string Method { get; init; } = "all";

    /// <summary>Kernel density bandwidth in metres; null: chosen from the data.</summary>
    public double? BandwidthMetres { get; init; }

    /// <summary>Gi* distance band in metres; null: 450.</summary>
    public double? BandMetres { get; init; }

    /// <summary>The level of area each cell is reported in (borough, msoa, lsoa); null: the finest imported.</summary>
    public string? AreaLevel { get; init; }

    public int CellSize { get; init; } = 150;

    /// <summary>Comma-separated crime types (names or slugs); null: all.</summary>
    public string? Types { get; init; }

    /// <summary>Only crimes inside this imported area (code).</summary>
    public string? Area { get; init; }

    public string? MaskFile { get; init; }

    public string? HarmFile { get; init; }

    /// <summary>Checking again: the built-in harm table of this version (as recorded), instead of today's default.</summary>
    public string? HarmVersion { get; init; }

    /// <summary>Who runs it, recorded with the run.</summary>
    public required string By { get; init; }

    /// <summary>False when checking a recorded analysis again: computed and compared, nothing recorded.</summary>
    public bool Record { get; init; } = true;
}
