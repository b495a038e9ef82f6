using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Time;

namespace Lantern.Core.Hotspots;

/// <summary>
/// What <see cref="HotspotAnalysis.Run"/> computes and how. Every option has a documented default; options left
/// open that need a value from the data (study area, bandwidth) are filled automatically and recorded as an
/// <see cref="AutomaticChoice"/>.
/// </summary>
/// <remarks>Immutable once built; thread safe. Values are checked as they are set.</remarks>
public sealed class HotspotOptions
{
    /// <summary>
    /// Largest study area, in cells, held as a dense array (4,194,304 cells: about 300 km × 300 km at 150 m, 32 MB
    /// of doubles). Larger areas are aggregated in a sparse map and Gi* is computed from neighbour lists.
    /// </summary>
    public const int DenseCellLimit = 4_194_304;

    private readonly double? _bandwidth;
    private readonly double _band = 450;
    private readonly double _fdrQ = 0.05;
    private readonly string _harmUnit = "days";

    /// <summary>The grid. Default: 150 m cells aligned to the national grid origin.</summary>
    public GridSpec Grid { get; init; } = GridSpec.Default;

    /// <summary>
    /// The study area: every cell in it takes part in Gi* and in "share of all cells", occupied or not. Crimes
    /// outside it are left out and counted. Default (null): the bounding box of the cells holding the crimes analysed.
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

    /// <summary>Methods to run besides the cell counts. Default: all.</summary>
    public HotspotMethods Methods { get; init; } = HotspotMethods.All;

    /// <summary>First month analysed (inclusive). Default (null): from the earliest crime.</summary>
    public YearMonth? FirstMonth { get; init; }

    /// <summary>Last month analysed (inclusive). Default (null): to the latest crime.</summary>
    public YearMonth? LastMonth { get; init; }

    /// <summary>Categories analysed. Default (null): all categories; harm weights of 0 (anti-social behaviour) still count as crimes but add no harm.</summary>
    public IReadOnlySet<CrimeCategory>? Categories { get; init; }

    /// <summary>
    /// Kernel density bandwidth (search radius) in metres, over 0 and at most 50,000. Default (null): chosen from
    /// the data by the rule in <see cref="KernelDensityResult"/> and recorded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite, not positive or above 50,000.</exception>
    public double? BandwidthMetres
    {
        get => _bandwidth;
        init
        {
            if (value is { } v && (!double.IsFinite(v) || v <= 0 || v > 50_000))
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, "The bandwidth must be over 0 and at most 50,000 metres.");
            }

            _bandwidth = value;
        }
    }

    /// <summary>
    /// Gi* distance band in metres, centre to centre, 0 to 10,000: cells whose centres are at most this far apart
    /// are neighbours, and every cell is its own neighbour. Default 450 m (three 150 m cells).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite, negative or above 10,000.</exception>
    public double GiStarBandMetres
    {
        get => _band;
        init => _band = OptionChecks.GiStarBand(value);
    }

    /// <summary>Benjamini-Hochberg false discovery rate for Gi*, over 0 and below 1. Default 0.05.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not in (0, 1).</exception>
    public double FdrQ
    {
        get => _fdrQ;
        init => _fdrQ = OptionChecks.FdrQ(value);
    }

    /// <summary>Unit of the harm weights in the crimes, for explanations. Default "days" (Cambridge Crime Harm Index).</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public string HarmUnit
    {
        get => _harmUnit;
        init => _harmUnit = OptionChecks.HarmUnit(value);
    }

    /// <summary>Version of the harm table that weighted the crimes, recorded with the result. Default: not recorded.</summary>
    public string? HarmTableVersion { get; init; }
}
