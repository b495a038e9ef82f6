namespace Lantern.Analysis;

/// <summary>What a stop-and-search summary is asked for with, from the CLI's options (and, later, the web's filters).</summary>
internal sealed record StopSearchRequest
{
    /// <summary>Force slug or name; null: the only force with stop-and-search data.</summary>
    public string? Force { get; init; }

    /// <summary>First month, yyyy-MM; null: 11 months before <see cref="To"/>, or the first month with searches if later.</summary>
    public string? From { get; init; }

    /// <summary>Last month, yyyy-MM; null: the latest month with searches.</summary>
    public string? To { get; init; }

    /// <summary>Only searches inside this imported area (a borough or MSOA code), with that area's residents.</summary>
    public string? Area { get; init; }

    /// <summary>Comma-separated powers (cjpoa-s60, s23, ...); null: all.</summary>
    public string? Legislation { get; init; }

    /// <summary>"self" (the official basis) or "officer"; null: self.</summary>
    public string? Ethnicity { get; init; }

    /// <summary>"2021" or "2011"; null: the newest census with residents for the force or area.</summary>
    public string? Census { get; init; }

    /// <summary>Who runs it, recorded with the run.</summary>
    public required string By { get; init; }

    /// <summary>False when checking a recorded summary again (<see cref="RunCheck"/>): computed and compared, nothing recorded.</summary>
    public bool Record { get; init; } = true;
}
