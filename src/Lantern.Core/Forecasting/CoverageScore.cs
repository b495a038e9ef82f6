namespace Lantern.Core.Forecasting;

/// <summary>
/// How well one forecast's chosen cells caught what happened in its target period, at one coverage: hit rate, PAI, PEI
/// and harm captured (DOMAIN.md §3).
/// </summary>
/// <remarks>
/// Events are those of the target period inside the study area. Ratios whose denominator is 0 are NaN: a hit rate of a
/// day without crime is not zero. Immutable.
/// </remarks>
public readonly record struct CoverageScore
{
    internal CoverageScore(double coverage, int cellsChosen, int cells, int captured, int events, double harmCaptured, double harm,
        int bestPossible)
    {
        Coverage = coverage;
        CellsChosen = cellsChosen;
        Cells = cells;
        Captured = captured;
        Events = events;
        HarmCaptured = harmCaptured;
        Harm = harm;
        BestPossible = bestPossible;
    }

    /// <summary>The coverage asked for, a share of the study area's cells.</summary>
    public double Coverage { get; }

    /// <summary>Cells chosen (⌊cells × coverage⌋, or more when every tied cell is taken).</summary>
    public int CellsChosen { get; }

    /// <summary>Cells of the study area.</summary>
    public int Cells { get; }

    /// <summary>Events of the target period in the chosen cells, n.</summary>
    public int Captured { get; }

    /// <summary>Events of the target period in the study area, N.</summary>
    public int Events { get; }

    /// <summary>Harm (the scoring events' weights) in the chosen cells.</summary>
    public double HarmCaptured { get; }

    /// <summary>Harm in the study area.</summary>
    public double Harm { get; }

    /// <summary>n*: the most events any choice of the same number of cells could have caught (the busiest cells).</summary>
    public int BestPossible { get; }

    /// <summary>Hit rate n/N.</summary>
    public double HitRate => Events > 0 ? (double)Captured / Events : double.NaN;

    /// <summary>The share of the area chosen, a/A (cells chosen over cells).</summary>
    public double AreaShare => (double)CellsChosen / Cells;

    /// <summary>Predictive accuracy index (Chainey et al. 2008): (n/N)/(a/A).</summary>
    public double Pai => Events > 0 && CellsChosen > 0 ? HitRate / AreaShare : double.NaN;

    /// <summary>Predictive efficiency index: n/n*, 1 when no choice of as many cells could have caught more.</summary>
    public double Pei => BestPossible > 0 ? (double)Captured / BestPossible : double.NaN;

    /// <summary>Harm captured: harm in the chosen cells over harm in the study area.</summary>
    public double HarmRate => Harm > 0 ? HarmCaptured / Harm : double.NaN;
}
