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

    /// <summary>
    /// Checking a recorded list again (<see cref="RunCheck"/>): its place adjustments as recorded, instead of the store's
    /// current ones. Null: the store's.
    /// </summary>
    public IReadOnlyList<Core.Tasking.AnalystAdjustment>? Adjustments { get; init; }

    /// <summary>Checking again: the method-choice run a recorded "chosen" list ranked by, instead of the force's latest choice.</summary>
    public long? MethodChoiceRun { get; init; }

    /// <summary>Checking again: the built-in harm table of this version (as recorded), instead of today's default.</summary>
    public string? HarmVersion { get; init; }

    /// <summary>False when checking again: the list is computed and compared, and nothing is recorded.</summary>
    public bool Record { get; init; } = true;
}
