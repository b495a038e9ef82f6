namespace Lantern.Core.Hotspots;

/// <summary>
/// How concentrated harm is in few cells ("power few", Weisburd 2015): the share of harm in the top 1, 2, 5 and 10%
/// of cells, the share of cells holding half and a quarter of the harm, and the whole curve.
/// </summary>
/// <remarks>
/// <para>Cells are ranked by harm, highest first (ties by crime count, then row-major order). Shares are read off the
/// piecewise-linear cumulative curve, so the top 1% of 250 cells is 2.5 cells: the two highest plus half the third.
/// "Of occupied cells" divides by the number of cells holding at least one crime analysed (whatever its harm);
/// "of the study area" divides by every cell in it, which gives higher shares because most cells are empty.</para>
/// <para>Immutable and thread safe.</para>
/// </remarks>
public sealed class ConcentrationResult
{
    private readonly ConcentrationPoint[] _points;
    private readonly double[] _curve;
    private readonly int[] _order;

    internal ConcentrationResult(double totalHarm, int occupied, int withHarm, long studyAreaCells, ConcentrationPoint[] points,
        double occupiedFor50, double occupiedFor25, double areaFor50, double areaFor25, double[] curve, int[] order)
    {
        TotalHarm = totalHarm;
        OccupiedCells = occupied;
        CellsWithHarm = withHarm;
        StudyAreaCells = studyAreaCells;
        _points = points;
        OccupiedShareHolding50 = occupiedFor50;
        OccupiedShareHolding25 = occupiedFor25;
        StudyAreaShareHolding50 = areaFor50;
        StudyAreaShareHolding25 = areaFor25;
        _curve = curve;
        _order = order;
    }

    /// <summary>Total harm.</summary>
    public double TotalHarm { get; }

    /// <summary>Cells holding at least one crime analysed.</summary>
    public int OccupiedCells { get; }

    /// <summary>Occupied cells with harm above 0.</summary>
    public int CellsWithHarm { get; }

    /// <summary>Cells in the study area.</summary>
    public long StudyAreaCells { get; }

    /// <summary>Shares at the top 1, 2, 5 and 10% of cells.</summary>
    public IReadOnlyList<ConcentrationPoint> Points => _points;

    /// <summary>Smallest fraction of occupied cells holding 50% of harm.</summary>
    public double OccupiedShareHolding50 { get; }

    /// <summary>Smallest fraction of occupied cells holding 25% of harm.</summary>
    public double OccupiedShareHolding25 { get; }

    /// <summary>Smallest fraction of all cells of the study area holding 50% of harm.</summary>
    public double StudyAreaShareHolding50 { get; }

    /// <summary>Smallest fraction of all cells of the study area holding 25% of harm.</summary>
    public double StudyAreaShareHolding25 { get; }

    /// <summary>
    /// The curve: element i is the share of total harm in the i + 1 highest-harm occupied cells (ending at 1 when
    /// there is harm). Beyond the occupied cells the curve is flat.
    /// </summary>
    public ReadOnlySpan<double> CumulativeShare => _curve;

    /// <summary>Indexes into <see cref="CellCounts.Cells"/> in rank order, highest harm first.</summary>
    public ReadOnlySpan<int> RankOrder => _order;

    /// <summary>Share of harm in the top <paramref name="fraction"/> of occupied cells, read off the curve.</summary>
    /// <param name="fraction">0 to 1.</param>
    /// <returns>The share, 0 to 1 (0 when there is no harm).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0 to 1.</exception>
    public double ShareOfOccupied(double fraction) => Concentration.ShareAt(_curve, fraction, OccupiedCells);

    /// <summary>Share of harm in the top <paramref name="fraction"/> of all cells of the study area.</summary>
    /// <param name="fraction">0 to 1.</param>
    /// <returns>The share, 0 to 1 (0 when there is no harm).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0 to 1.</exception>
    public double ShareOfStudyArea(double fraction) => Concentration.ShareAt(_curve, fraction, StudyAreaCells);
}
