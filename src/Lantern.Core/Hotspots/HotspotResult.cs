namespace Lantern.Core.Hotspots;

/// <summary>The outcome of <see cref="HotspotAnalysis.Run"/>: the options used, cell counts, each method run, and every automatic choice.</summary>
/// <remarks>Immutable and thread safe.</remarks>
public sealed class HotspotResult
{
    private readonly int[] _rankOrder;

    internal HotspotResult(HotspotOptions options, CellCounts counts, int[] rankOrder, KernelDensityResult? kernelDensity,
        GiStarResult? giStar, ConcentrationResult? concentration, IReadOnlyList<AutomaticChoice> choices, IReadOnlyList<string> notes)
    {
        Options = options;
        Counts = counts;
        _rankOrder = rankOrder;
        KernelDensity = kernelDensity;
        GiStar = giStar;
        Concentration = concentration;
        AutomaticChoices = choices;
        Notes = notes;
    }

    /// <summary>The options the analysis ran with.</summary>
    public HotspotOptions Options { get; }

    /// <summary>Crimes, harm and categories per occupied cell.</summary>
    public CellCounts Counts { get; }

    /// <summary>Kernel density, when requested and there were crimes.</summary>
    public KernelDensityResult? KernelDensity { get; }

    /// <summary>Getis-Ord Gi*, when requested and there were crimes.</summary>
    public GiStarResult? GiStar { get; }

    /// <summary>Concentration of harm, when requested and there were crimes.</summary>
    public ConcentrationResult? Concentration { get; }

    /// <summary>Every choice made automatically, by the analysis and by each method.</summary>
    public IReadOnlyList<AutomaticChoice> AutomaticChoices { get; }

    /// <summary>Caveats an analyst should read with the result.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Version of Lantern.Core that produced the result.</summary>
    public string SoftwareVersion { get; } = typeof(HotspotResult).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Indexes into <see cref="CellCounts.Cells"/>, highest harm first (ties: more crimes, then row-major order).</summary>
    public ReadOnlySpan<int> RankOrder => _rankOrder;
}
