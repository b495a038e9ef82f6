using Lantern.Core.Geography;

namespace Lantern.Core.Hotspots;

/// <summary>
/// Getis-Ord Gi* (Ord &amp; Getis 1995) of cell harm over every cell of the study area, with two-sided p-values from
/// the normal approximation and Benjamini-Hochberg false-discovery-rate significance.
/// </summary>
/// <remarks>
/// <para>Weights are binary: cells whose centres are at most <see cref="BandMetres"/> apart are neighbours, and each
/// cell is its own neighbour (the "star"). For cell i with W_i neighbours and local harm sum L_i over n cells of mean
/// X̄ and standard deviation S: z_i = (L_i − X̄·W_i) / (S·√((n·W_i − W_i²)/(n − 1))).</para>
/// <para>Empty cells of the study area are zeros, not missing: they count in n, X̄ and S. When the study area is a shape
/// (an area's boundary), only the cells it touches belong to it. Neighbours outside the study area do not exist for the
/// statistic: an edge cell simply has a smaller W_i, and its expected sum and variance
/// use that W_i (no padding, no mirroring). A cell with W_i = n, or a study area with no variation (S = 0), has
/// z = 0 and p = 1.</para>
/// <para>Cells with harm within the band are listed one by one (<see cref="Cells"/>); the rest, whose local sum is 0,
/// are grouped by neighbour count in <see cref="Background"/>. The FDR is applied over all n cells. Immutable and
/// thread safe.</para>
/// </remarks>
public sealed class GiStarResult
{
    private readonly CellExtent _extent;
    private readonly CellSet? _members;
    private readonly DistanceBand _band;
    private readonly long[] _keys;
    private readonly CellId[] _cells;
    private readonly double[] _local;
    private readonly int[] _neighbours;
    private readonly double[] _z;
    private readonly double[] _p;
    private readonly double[] _adjusted;
    private readonly bool[] _significant;
    private readonly GiStarBackground[] _background;

    internal GiStarResult(CellExtent extent, CellSet? members, DistanceBand band, double bandMetres, double fdrQ, CellStorage method, double mean,
        double standardDeviation, long[] keys, double[] local, int[] neighbours, double[] z, double[] p, double[] adjusted,
        bool[] significant, GiStarBackground[] background, double threshold, IReadOnlyList<AutomaticChoice> choices,
        IReadOnlyList<string> notes)
    {
        _extent = extent;
        _members = members;
        _band = band;
        BandMetres = bandMetres;
        FdrQ = fdrQ;
        Method = method;
        MeanHarm = mean;
        StandardDeviation = standardDeviation;
        _keys = keys;
        _cells = new CellId[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            _cells[i] = extent.CellAt(keys[i]);
        }

        _local = local;
        _neighbours = neighbours;
        _z = z;
        _p = p;
        _adjusted = adjusted;
        _significant = significant;
        _background = background;
        PValueThreshold = threshold;
        AutomaticChoices = choices;
        Notes = notes;
        for (int i = 0; i < z.Length; i++)
        {
            if (significant[i])
            {
                if (z[i] > 0)
                {
                    HotCells++;
                }
                else if (z[i] < 0)
                {
                    ColdCells++;
                }
            }
        }

        foreach (GiStarBackground b in background)
        {
            if (b.Significant && b.Z < 0)
            {
                ColdCells += b.CellCount;
            }
        }
    }

    /// <summary>Distance band in metres, centre to centre.</summary>
    public double BandMetres { get; }

    /// <summary>Neighbours of a cell away from the edges of the study area, itself included (29 for 450 m at 150 m).</summary>
    public int FullNeighbourCount => _band.CellCount;

    /// <summary>The false discovery rate.</summary>
    public double FdrQ { get; }

    /// <summary>Number of cells in the study area, n.</summary>
    public long StudyAreaCells => _members?.Count ?? _extent.CellCount;

    /// <summary>How local sums were computed: a summed-area table over the dense study area, or sparse neighbour lists.</summary>
    public CellStorage Method { get; }

    /// <summary>Mean harm per cell over the study area, X̄.</summary>
    public double MeanHarm { get; }

    /// <summary>Standard deviation of harm per cell over the study area, S (population form, divisor n).</summary>
    public double StandardDeviation { get; }

    /// <summary>The largest p-value called significant, or −1 when none is.</summary>
    public double PValueThreshold { get; }

    /// <summary>Number of significant cells with z &gt; 0.</summary>
    public long HotCells { get; }

    /// <summary>Number of significant cells with z &lt; 0, including background cells.</summary>
    public long ColdCells { get; }

    /// <summary>Cells with harm within the band, in row-major order of the study area.</summary>
    public ReadOnlySpan<CellId> Cells => _cells;

    /// <summary>Local harm sum of each listed cell.</summary>
    public ReadOnlySpan<double> LocalSum => _local;

    /// <summary>Neighbours inside the study area of each listed cell, itself included.</summary>
    public ReadOnlySpan<int> Neighbours => _neighbours;

    /// <summary>z-score of each listed cell.</summary>
    public ReadOnlySpan<double> Z => _z;

    /// <summary>Two-sided p-value of each listed cell.</summary>
    public ReadOnlySpan<double> PValue => _p;

    /// <summary>Benjamini-Hochberg adjusted p-value of each listed cell.</summary>
    public ReadOnlySpan<double> AdjustedP => _adjusted;

    /// <summary>Whether each listed cell is significant.</summary>
    public ReadOnlySpan<bool> Significant => _significant;

    /// <summary>The other cells of the study area, grouped by neighbour count.</summary>
    public IReadOnlyList<GiStarBackground> Background => _background;

    /// <summary>Choices made automatically.</summary>
    public IReadOnlyList<AutomaticChoice> AutomaticChoices { get; }

    /// <summary>Caveats about this result (degenerate cases).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The statistics of any cell of the study area.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Its Gi* values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the study area.</exception>
    public GiStarValue ValueOf(CellId cell)
    {
        long key = _extent.IndexOf(cell);
        if (_members is not null && !_members.Contains(key))
        {
            throw new ArgumentOutOfRangeException(nameof(cell), $"Cell {cell} is outside the study area's shape.");
        }

        int i = Array.BinarySearch(_keys, key);
        if (i >= 0)
        {
            return new GiStarValue(_local[i], _neighbours[i], _z[i], _p[i], _adjusted[i], _significant[i]);
        }

        int c = cell.Column - _extent.MinColumn, r = cell.Row - _extent.MinRow;
        int w = _members is null ? _band.NeighboursInside(c, r, _extent.Columns, _extent.Rows) : _band.NeighboursIn(_members, c, r);
        foreach (GiStarBackground b in _background)
        {
            if (b.Neighbours == w)
            {
                return new GiStarValue(0, w, b.Z, b.PValue, b.AdjustedP, b.Significant);
            }
        }

        throw new InvalidOperationException($"No background group for {w} neighbours: the result is inconsistent.");
    }
}
