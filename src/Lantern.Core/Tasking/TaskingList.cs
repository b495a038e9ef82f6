using Lantern.Core.Hotspots;

namespace Lantern.Core.Tasking;

/// <summary>
/// The outcome of <see cref="TaskingAnalysis.Run"/>: the day's places with their plans and reasons, the periods and
/// data coverage behind them, what the analyst adjustments did, and every automatic choice.
/// </summary>
/// <remarks>Immutable and thread safe.</remarks>
public sealed class TaskingList
{
    internal TaskingList(TaskingOptions options, PeriodCoverage? lookBack, PeriodCoverage? previous, IReadOnlyList<TaskingPlace> places,
        IReadOnlyList<AdjustmentOutcome> adjustments, GiStarResult? giStar, int eligibleCells, int excludedCells, int cellsWithoutArea,
        int crimesUsed, int timedCrimesUsed, IReadOnlyList<AutomaticChoice> choices, IReadOnlyList<string> notes)
    {
        Options = options;
        LookBack = lookBack;
        Previous = previous;
        Places = places;
        Adjustments = adjustments;
        GiStar = giStar;
        EligibleCells = eligibleCells;
        ExcludedCells = excludedCells;
        CellsWithoutArea = cellsWithoutArea;
        CrimesUsed = crimesUsed;
        TimedCrimesUsed = timedCrimesUsed;
        AutomaticChoices = choices;
        Notes = notes;
    }

    /// <summary>The options, including the date and the seed of the visit times.</summary>
    public TaskingOptions Options { get; }

    /// <summary>The look-back period and its coverage; null when there is no data before the date.</summary>
    public PeriodCoverage? LookBack { get; }

    /// <summary>The previous period of the same length, for trends; null when there is no look-back period.</summary>
    public PeriodCoverage? Previous { get; }

    /// <summary>The places: ranked places in order (grouped by area when per area), then places added by analysts.</summary>
    public IReadOnlyList<TaskingPlace> Places { get; }

    /// <summary>What each analyst adjustment did.</summary>
    public IReadOnlyList<AdjustmentOutcome> Adjustments { get; }

    /// <summary>Gi* over the look-back period (the study area is the bounding box of its crimes); null when there were none.</summary>
    public GiStarResult? GiStar { get; }

    /// <summary>Cells with harm in the look-back period that could be ranked (not excluded, not suppressed, with an area when per area).</summary>
    public int EligibleCells { get; }

    /// <summary>Cells with harm left out by the exclusion mask.</summary>
    public int ExcludedCells { get; }

    /// <summary>Cells with harm left out of a per-area list because they have no area code.</summary>
    public int CellsWithoutArea { get; }

    /// <summary>Crimes in the look-back period analysed.</summary>
    public int CrimesUsed { get; }

    /// <summary>Of those, crimes with a time window.</summary>
    public int TimedCrimesUsed { get; }

    /// <summary>Every choice made automatically.</summary>
    public IReadOnlyList<AutomaticChoice> AutomaticChoices { get; }

    /// <summary>Caveats a reader should see with the list.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Version of Lantern.Core that produced the list.</summary>
    public string SoftwareVersion { get; } = typeof(TaskingList).Assembly.GetName().Version?.ToString() ?? "unknown";
}
