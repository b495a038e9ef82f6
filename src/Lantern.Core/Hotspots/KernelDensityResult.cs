using Lantern.Core.Geography;

namespace Lantern.Core.Hotspots;

/// <summary>
/// Harm-weighted quartic (biweight) kernel density at the centre of every cell of the study area, in harm per
/// square kilometre.
/// </summary>
/// <remarks>
/// <para>Density at a cell centre = Σ over crimes within the bandwidth h of weight × 3/(π·h²) × (1 − d²/h²)², where d is
/// the distance from the crime to the centre; the kernel integrates to 1, so density summed over cells × cell area is
/// about the total harm (less what spills past the study area).</para>
/// <para>When no bandwidth is given it is chosen by the rule of thumb ArcGIS uses for its default search radius (a
/// spatial form of Silverman's rule): h = 0.9 × min(SD, √(1/ln 2) × Dm) × n^−0.2, where SD is the standard distance of
/// the crimes with harm from their mean centre, Dm the median distance from it and n their number; the result is kept
/// between one and ten cells. The rule and its inputs are recorded in <see cref="AutomaticChoices"/>.</para>
/// <para>Only crimes with harm inside the study area are used. Listed cells are those with density above 0, in
/// row-major order; every other cell of the study area has density 0. Immutable and thread safe.</para>
/// </remarks>
public sealed class KernelDensityResult
{
    private readonly CellExtent _extent;
    private readonly long[] _keys;
    private readonly CellId[] _cells;
    private readonly double[] _density;

    internal KernelDensityResult(CellExtent extent, double bandwidth, bool automatic, long[] keys, double[] density,
        IReadOnlyList<AutomaticChoice> choices, IReadOnlyList<string> notes)
    {
        _extent = extent;
        BandwidthMetres = bandwidth;
        BandwidthIsAutomatic = automatic;
        _keys = keys;
        _density = density;
        _cells = new CellId[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            _cells[i] = extent.CellAt(keys[i]);
            MaxDensity = Math.Max(MaxDensity, density[i]);
        }

        AutomaticChoices = choices;
        Notes = notes;
    }

    /// <summary>The kernel.</summary>
    public const string Kernel = "quartic";

    /// <summary>Unit of <see cref="Density"/>.</summary>
    public const string Unit = "harm per km²";

    /// <summary>Bandwidth (search radius) in metres.</summary>
    public double BandwidthMetres { get; }

    /// <summary>Whether the bandwidth was chosen by the rule of thumb.</summary>
    public bool BandwidthIsAutomatic { get; }

    /// <summary>Largest density of any cell.</summary>
    public double MaxDensity { get; }

    /// <summary>Cells with density above 0, row-major.</summary>
    public ReadOnlySpan<CellId> Cells => _cells;

    /// <summary>Density of each listed cell, harm per km².</summary>
    public ReadOnlySpan<double> Density => _density;

    /// <summary>Choices made automatically.</summary>
    public IReadOnlyList<AutomaticChoice> AutomaticChoices { get; }

    /// <summary>Caveats about this result.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Density at the centre of any cell of the study area.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Harm per km² (0 for cells not listed).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the study area.</exception>
    public double DensityOf(CellId cell)
    {
        int i = Array.BinarySearch(_keys, _extent.IndexOf(cell));
        return i >= 0 ? _density[i] : 0;
    }
}
