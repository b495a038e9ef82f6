namespace Lantern.Analysis;

/// <summary>What a tasking list is asked for with, from the CLI's options or the web's filters.</summary>
internal sealed record TaskingRequest
{
    /// <summary>Force slug or name; null: the only force in the store.</summary>
    public string? Force { get; init; }

    public required DateOnly Date { get; init; }

    public int Top { get; init; } = 20;

    /// <summary>borough, msoa or lsoa: the top places in each area of that level.</summary>
    public string? PerArea { get; init; }

    public int Months { get; init; } = 12;

    /// <summary>Null: derived from force and date (recorded as an automatic choice).</summary>
    public long? Seed { get; init; }

    public int CellSize { get; init; } = 150;

    /// <summary>"count" (every cell with harm, by harm-weighted count) or "gistar" (only Gi* hot spots); null: count.</summary>
    public string? Method { get; init; }

    /// <summary>Comma-separated crime types (names or slugs); null: all.</summary>
    public string? Types { get; init; }

    /// <summary>Only crimes inside this imported area (code).</summary>
    public string? Area { get; init; }

    public string? MaskFile { get; init; }

    public string? HarmFile { get; init; }

    /// <summary>Who runs it, recorded with the run.</summary>
    public required string By { get; init; }
}
