using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;

namespace Lantern.Core.Hotspots;

/// <summary>
/// Crimes, harm and crimes by category per occupied cell (a cell holding at least one crime analysed, whatever
/// its harm), over a study area.
/// </summary>
/// <remarks>
/// Occupied cells are listed in row-major order of the study area (south to north, west to east), so index
/// <c>i</c> of <see cref="Cells"/>, <see cref="Harm"/> and <see cref="Count"/> is the same cell. Cells of the study
/// area that are not listed hold no crime: they are zeros, not missing (when the study area is a shape, only its cells
/// are: see <see cref="StudyCells"/>). Immutable and thread safe.
/// </remarks>
public sealed class CellCounts
{
    private readonly long[] _keys;
    private readonly CellId[] _cells;
    private readonly double[] _harm;
    private readonly int[] _count;
    private readonly int[] _categories;

    internal CellCounts(GridSpec grid, CellExtent? studyArea, CellSet? studyCells, CellStorage storage, long[] keys, CellId[] cells, double[] harm,
        int[] count, int[] categories, int crimesOutsideStudyArea, int crimesFilteredOut)
    {
        Grid = grid;
        StudyArea = studyArea;
        StudyCells = studyCells;
        Storage = storage;
        _keys = keys;
        _cells = cells;
        _harm = harm;
        _count = count;
        _categories = categories;
        CrimesOutsideStudyArea = crimesOutsideStudyArea;
        CrimesFilteredOut = crimesFilteredOut;
        double total = 0;
        long crimes = 0;
        for (int i = 0; i < harm.Length; i++)
        {
            total += harm[i];
            crimes += count[i];
        }

        TotalHarm = total;
        TotalCrimes = crimes;
    }

    /// <summary>The grid.</summary>
    public GridSpec Grid { get; }

    /// <summary>The study area; null only when no crime was analysed and no study area was given.</summary>
    public CellExtent? StudyArea { get; }

    /// <summary>
    /// When the study area is a shape (an area's boundary), the cells of <see cref="StudyArea"/> that belong to it; null when
    /// every cell of the rectangle does.
    /// </summary>
    public CellSet? StudyCells { get; }

    /// <summary>Number of cells in the study area (0 when there is none).</summary>
    public long StudyAreaCells => StudyCells?.Count ?? StudyArea?.CellCount ?? 0;

    /// <summary>Whether a cell belongs to the study area (its rectangle and, when it is a shape, the shape's cells).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True when it does.</returns>
    public bool InStudyArea(CellId cell) =>
        StudyCells is { } cells ? cells.Contains(cell) : StudyArea is { } area && area.Contains(cell);

    /// <summary>How cells were held while aggregating (chosen from the size of the study area).</summary>
    public CellStorage Storage { get; }

    /// <summary>Number of occupied cells.</summary>
    public int OccupiedCount => _cells.Length;

    /// <summary>The occupied cells, in row-major order of the study area.</summary>
    public ReadOnlySpan<CellId> Cells => _cells;

    /// <summary>Harm of each occupied cell: the sum of its crimes' weights.</summary>
    public ReadOnlySpan<double> Harm => _harm;

    /// <summary>Number of crimes in each occupied cell.</summary>
    public ReadOnlySpan<int> Count => _count;

    /// <summary>Sum of harm over the study area.</summary>
    public double TotalHarm { get; }

    /// <summary>Number of crimes analysed (inside the study area and passing the month and category filters).</summary>
    public long TotalCrimes { get; }

    /// <summary>Crimes that passed the filters but lie outside a given study area, left out.</summary>
    public int CrimesOutsideStudyArea { get; }

    /// <summary>Crimes left out by the month or category filter.</summary>
    public int CrimesFilteredOut { get; }

    internal ReadOnlySpan<long> Keys => _keys;

    /// <summary>"The study area has 2,050 cells", or for a shape "The box around the study area has 2,050 cells (1,066 of them in it)".</summary>
    internal string SizeText() => StudyCells is { } set
        ? string.Create(CultureInfo.InvariantCulture, $"The box around the study area has {set.Extent.CellCount:N0} cells ({set.Count:N0} of them in it)")
        : string.Create(CultureInfo.InvariantCulture, $"The study area has {StudyAreaCells:N0} cells");

    /// <summary>Number of crimes of a category in an occupied cell.</summary>
    /// <param name="cellIndex">Index into <see cref="Cells"/>.</param>
    /// <param name="category">The category.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index or category is out of range.</exception>
    public int CategoryCount(int cellIndex, CrimeCategory category)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cellIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cellIndex, _cells.Length);
        if ((int)category < 0 || (int)category >= CrimeFilter.CategoryCount)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category value.");
        }

        return _categories[(cellIndex * CrimeFilter.CategoryCount) + (int)category];
    }

    /// <summary>Counts by category of an occupied cell, indexed by the <see cref="CrimeCategory"/> value.</summary>
    /// <param name="cellIndex">Index into <see cref="Cells"/>.</param>
    /// <returns>One count per category value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public ReadOnlySpan<int> CategoryCounts(int cellIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cellIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cellIndex, _cells.Length);
        return _categories.AsSpan(cellIndex * CrimeFilter.CategoryCount, CrimeFilter.CategoryCount);
    }

    /// <summary>Finds an occupied cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="cellIndex">Its index into <see cref="Cells"/>, when occupied.</param>
    /// <returns>Whether the cell is occupied.</returns>
    public bool TryFind(CellId cell, out int cellIndex)
    {
        cellIndex = -1;
        if (StudyArea is not { } area || !area.Contains(cell))
        {
            return false;
        }

        int i = Array.BinarySearch(_keys, area.IndexOf(cell));
        if (i < 0)
        {
            return false;
        }

        cellIndex = i;
        return true;
    }
}
