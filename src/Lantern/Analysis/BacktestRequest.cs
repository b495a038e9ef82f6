namespace Lantern.Analysis;

/// <summary>What a backtest is asked for with, from the CLI's options or the web's form (texts as the CLI takes them).</summary>
internal sealed record BacktestRequest
{
    /// <summary>Force slug or name; null: the only force in the store.</summary>
    public string? Force { get; init; }

    /// <summary>Comma-separated crime types; null: all.</summary>
    public string? Types { get; init; }

    /// <summary>"month" (default) or "day".</summary>
    public string? Unit { get; init; }

    /// <summary>First target: yyyy-MM, or yyyy-MM-dd by day; null for the default.</summary>
    public string? From { get; init; }

    /// <summary>Last target, the same; null for the latest with data.</summary>
    public string? To { get; init; }

    /// <summary>Comma-separated method names (<see cref="Cli.BacktestCommand.s_methodNames"/>).</summary>
    public string Methods { get; init; } = "naive,retro,prospective,kde,gridsepp";

    /// <summary>Comma-separated coverages in percent.</summary>
    public string Coverage { get; init; } = "1,2,5,10,20";

    public int CellSize { get; init; } = 150;

    /// <summary>An imported area whose envelope is the study area.</summary>
    public string? Area { get; init; }

    public long? Seed { get; init; }

    /// <summary>Choose the force's method at this coverage (percent); null: no choice.</summary>
    public double? Choose { get; init; }

    /// <summary>Who runs it, recorded with the run.</summary>
    public required string By { get; init; }

    /// <summary>False when checking a recorded backtest again (<see cref="RunCheck"/>): computed and compared, nothing recorded or chosen.</summary>
    public bool Record { get; init; } = true;
}
