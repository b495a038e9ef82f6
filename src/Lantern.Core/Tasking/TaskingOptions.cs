using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;

namespace Lantern.Core.Tasking;

/// <summary>
/// How <see cref="TaskingAnalysis.Run"/> builds the day's list. The date and the seed are required; everything else
/// has a documented default. Values are checked as they are set.
/// </summary>
/// <remarks>Immutable once built. The delegates given must be pure and thread safe; they are called once per cell.</remarks>
public sealed class TaskingOptions
{
    private readonly int _lookBack = 12;
    private readonly int _topN = 20;
    private readonly double _band = 450;
    private readonly double _fdrQ = 0.05;
    private readonly int _visitMinutes = 15;
    private readonly int _minimumTimed = 10;
    private readonly double _peakShare = 0.5;
    private readonly string _harmUnit = "days";
    private readonly IReadOnlyList<AnalystAdjustment> _adjustments = [];
    private readonly TaskingMethod _method = TaskingMethod.HarmWeightedCount;

    /// <summary>Creates options.</summary>
    /// <param name="date">The day the list is for. Only months that ended before it are used.</param>
    /// <param name="seed">Seed of the visit times, recorded with the result. Draw a fresh one for each day's list: a seed
    /// anyone can guess makes the times predictable to anyone with the code.</param>
    public TaskingOptions(DateOnly date, long seed)
    {
        Date = date;
        Seed = seed;
    }

    /// <summary>The day the list is for.</summary>
    public DateOnly Date { get; }

    /// <summary>Seed of the visit times.</summary>
    public long Seed { get; }

    /// <summary>The grid. Default: 150 m cells.</summary>
    public GridSpec Grid { get; init; } = GridSpec.Default;

    /// <summary>
    /// The cells that Gi* and the ranking cover; crimes outside are left out and counted. Default (null): the bounding
    /// box of the cells holding the look-back period's crimes, recorded as an automatic choice.
    /// </summary>
    public CellExtent? StudyArea { get; init; }

    /// <summary>
    /// The study area as a shape (the cells an area's boundary touches), when it is not a rectangle: the set's extent is
    /// then the study area, and cells of the extent outside the set take no part, as if beyond its edge. They are not
    /// zeros in Gi* (n, the mean and neighbour counts) nor in "share of all cells", and crimes in them are left out as
    /// outside. Default (null): every cell of <see cref="StudyArea"/>. Setting both to different extents is refused when
    /// the analysis runs (<see cref="ArgumentException"/>).
    /// </summary>
    public CellSet? StudyCells { get; init; }

    /// <summary>Months looked back, 1 to 60; the previous period for the trend has the same length. Default 12.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public int LookBackMonths
    {
        get => _lookBack;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 60);
            _lookBack = value;
        }
    }

    /// <summary>
    /// Last month of the look-back period. Default (null): the latest month with data that ended before
    /// <see cref="Date"/>, recorded as an automatic choice. A month that has not ended before the date is refused.
    /// </summary>
    public YearMonth? LookBackEnd { get; init; }

    /// <summary>Places ranked by harm, 1 to 1,000 (per area when <see cref="TopNPerArea"/>). Default 20.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public int TopN
    {
        get => _topN;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1000);
            _topN = value;
        }
    }

    /// <summary>The area code of a cell (a neighbourhood, a borough), or null when it has none. Default: no areas.</summary>
    public Func<CellId, string?>? AreaOf { get; init; }

    /// <summary>
    /// How a place's reason names its area in a list per area ("2nd highest in Westminster"). Default: by the code
    /// <see cref="AreaOf"/> gives.
    /// </summary>
    public Func<string, string>? AreaName { get; init; }

    /// <summary>Take the top <see cref="TopN"/> in each area instead of overall; needs <see cref="AreaOf"/>. Default false.</summary>
    public bool TopNPerArea { get; init; }

    /// <summary>The exclusion mask: cells that cannot be patrolled (prisons, water). Default: none excluded.</summary>
    public Func<CellId, bool>? IsExcluded { get; init; }

    /// <summary>Analyst adjustments, applied and reported. Default: none.</summary>
    /// <exception cref="ArgumentNullException">Null, or holding null.</exception>
    public IReadOnlyList<AnalystAdjustment> Adjustments
    {
        get => _adjustments;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (AnalystAdjustment a in value)
            {
                ArgumentNullException.ThrowIfNull(a, nameof(value));
            }

            _adjustments = [.. value];
        }
    }

    /// <summary>
    /// Months the source covers (a month not listed is missing, not a month without crime). Default (null): the months
    /// holding at least one crime, recorded as an automatic choice.
    /// </summary>
    public IReadOnlySet<YearMonth>? MonthsPresent { get; init; }

    /// <summary>Which cells may be ranked. Default: every cell with harm, by harm-weighted count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined method.</exception>
    public TaskingMethod Method
    {
        get => _method;
        init => _method = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a tasking method.");
    }

    /// <summary>
    /// The forecast ranking the cells when <see cref="Method"/> is <see cref="TaskingMethod.Forecast"/>: a risk for every cell
    /// of its extent, on the same grid as <see cref="Grid"/>. Cells outside its extent have no risk and are not ranked.
    /// </summary>
    public Forecasting.RiskSurface? Forecast { get; init; }

    /// <summary>Categories counted. Default (null): all; categories weighing 0 (anti-social behaviour) add no harm.</summary>
    public IReadOnlySet<CrimeCategory>? Categories { get; init; }

    /// <summary>Gi* distance band in metres, 0 to 10,000. Default 450.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public double GiStarBandMetres
    {
        get => _band;
        init => _band = OptionChecks.GiStarBand(value);
    }

    /// <summary>False discovery rate for Gi*, in (0, 1). Default 0.05.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public double FdrQ
    {
        get => _fdrQ;
        init => _fdrQ = OptionChecks.FdrQ(value);
    }

    /// <summary>Minutes per visit, 10 to 20 (Koper 1995: about 10 needed, 11-15 best). Default 15.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public int VisitMinutes
    {
        get => _visitMinutes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 10);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 20);
            _visitMinutes = value;
        }
    }

    /// <summary>
    /// Timed crimes needed, 1 to 1,000, before peak hours are read from a place's (or its area's) crimes; at least half
    /// of them must also be timed. Default 10.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public int MinimumTimedCrimes
    {
        get => _minimumTimed;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1000);
            _minimumTimed = value;
        }
    }

    /// <summary>Share of the timed crimes' weight the peak window must hold, 0.25 to 0.9. Default 0.5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public double PeakShare
    {
        get => _peakShare;
        init
        {
            if (!double.IsFinite(value) || value < 0.25 || value > 0.9)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The peak share must be 0.25 to 0.9.");
            }

            _peakShare = value;
        }
    }

    /// <summary>Unit of the harm weights, for the reasons. Default "days".</summary>
    /// <exception cref="ArgumentException">Blank.</exception>
    public string HarmUnit
    {
        get => _harmUnit;
        init => _harmUnit = OptionChecks.HarmUnit(value);
    }

    /// <summary>Version of the harm table that weighted the crimes, recorded with the result. Default: not recorded.</summary>
    public string? HarmTableVersion { get; init; }
}
