namespace Lantern.Analysis;

/// <summary>What a veil-of-darkness test is asked for with (<c>lantern stopsearch veil</c>).</summary>
internal sealed record VeilRequest
{
    /// <summary>Force slug or name; null: the only force with stop-and-search data.</summary>
    public string? Force { get; init; }

    /// <summary>First month, yyyy-MM; null: 11 months before <see cref="To"/>.</summary>
    public string? From { get; init; }

    /// <summary>Last month, yyyy-MM; null: the latest month with searches.</summary>
    public string? To { get; init; }

    /// <summary>The level of the area fixed effects: force (one), borough, msoa or lsoa; null: force.</summary>
    public string? AreaLevel { get; init; }

    /// <summary>"officer" (default) or "self".</summary>
    public string? Ethnicity { get; init; }

    /// <summary>Knots of the time-of-day spline, 3 to 7.</summary>
    public int Knots { get; init; } = 6;

    /// <summary>Who runs it, recorded with the run.</summary>
    public required string By { get; init; }

    /// <summary>False when checking a recorded test again (<see cref="RunCheck"/>): computed and compared, nothing recorded.</summary>
    public bool Record { get; init; } = true;
}
