namespace Lantern.Analysis;

/// <summary>What to score (docs/offenders.md): as text, as the CLI and the web receive it; checked by <see cref="OffenderRun"/>.</summary>
internal sealed record OffenderScoreRequest
{
    /// <summary>The window's last day, yyyy-MM-dd; null for today (UK).</summary>
    public string? AsOf { get; init; }

    public int? WindowDays { get; init; }

    /// <summary>Offence set entries, comma-separated; null for the default.</summary>
    public string? Offences { get; init; }

    public double? HalfLifeDays { get; init; }

    /// <summary>Files replacing the default harm weights, offence groups and RFGV bands.</summary>
    public string? WeightsFile { get; init; }

    public string? GroupsFile { get; init; }

    public string? BandsFile { get; init; }

    /// <summary>An area population file (attribute,group,residents) for the fairness report's second benchmark.</summary>
    public string? AreaPopulationFile { get; init; }

    /// <summary>The area whose census residents benchmark the list's ethnicity: a force or borough, "none"; null for the default (docs/offenders.md).</summary>
    public string? Area { get; init; }

    /// <summary>How many of the top to keep and show; default 100.</summary>
    public int Top { get; init; } = 100;

    public required string By { get; init; }

    /// <summary>Why person-level scores are being made and seen (DPA 2018 s.62): required.</summary>
    public required string? Justification { get; init; }
}
