using System.Globalization;

namespace Lantern.Core.Geography;

/// <summary>
/// A rectangle of whole cells of a <see cref="GridSpec"/>: columns [MinColumn, MinColumn + Columns) by rows
/// [MinRow, MinRow + Rows). The study area of a hot-spot analysis; every cell inside it counts, occupied or not.
/// </summary>
/// <remarks>
/// Cells are numbered row-major from the south-west: <c>index = (row − MinRow) × Columns + (column − MinColumn)</c>.
/// Immutable and thread safe.
/// </remarks>
public readonly record struct CellExtent
{
    /// <summary>Creates an extent.</summary>
    /// <param name="minColumn">Westmost column.</param>
    /// <param name="minRow">Southmost row.</param>
    /// <param name="columns">Number of columns, at least 1.</param>
    /// <param name="rows">Number of rows, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1, or the extent runs past <see cref="int.MaxValue"/>.</exception>
    public CellExtent(int minColumn, int minRow, int columns, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        if ((long)minColumn + columns - 1 > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(columns), "The extent runs past the largest column.");
        }

        if ((long)minRow + rows - 1 > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), "The extent runs past the largest row.");
        }

        MinColumn = minColumn;
        MinRow = minRow;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Westmost column.</summary>
    public int MinColumn { get; }

    /// <summary>Southmost row.</summary>
    public int MinRow { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Eastmost column (inclusive).</summary>
    public int MaxColumn => MinColumn + Columns - 1;

    /// <summary>Northmost row (inclusive).</summary>
    public int MaxRow => MinRow + Rows - 1;

    /// <summary>Number of cells, <c>Columns × Rows</c>.</summary>
    public long CellCount => (long)Columns * Rows;

    /// <summary>The smallest extent holding two corner cells.</summary>
    /// <param name="southWest">A cell at the south-west corner.</param>
    /// <param name="northEast">A cell at the north-east corner, not west or south of <paramref name="southWest"/>.</param>
    /// <returns>The extent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The corners are the wrong way round.</exception>
    public static CellExtent FromCorners(CellId southWest, CellId northEast)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(northEast.Column, southWest.Column);
        ArgumentOutOfRangeException.ThrowIfLessThan(northEast.Row, southWest.Row);
        return new CellExtent(southWest.Column, southWest.Row,
            checked(northEast.Column - southWest.Column + 1), checked(northEast.Row - southWest.Row + 1));
    }

    /// <summary>The cells of a grid that cover a BNG rectangle.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="minEasting">West edge, metres.</param>
    /// <param name="minNorthing">South edge, metres.</param>
    /// <param name="maxEasting">East edge, metres (a point on it belongs to the cell to its east, which is included).</param>
    /// <param name="maxNorthing">North edge, metres.</param>
    /// <returns>The extent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite or the rectangle is inverted.</exception>
    public static CellExtent Covering(GridSpec grid, double minEasting, double minNorthing, double maxEasting, double maxNorthing)
    {
        if (!double.IsFinite(minEasting) || !double.IsFinite(minNorthing) || !double.IsFinite(maxEasting) || !double.IsFinite(maxNorthing))
        {
            throw new ArgumentOutOfRangeException(nameof(minEasting), "Bounds must be finite.");
        }

        return FromCorners(grid.CellOf(minEasting, minNorthing), grid.CellOf(maxEasting, maxNorthing));
    }

    /// <summary>Whether a cell lies inside.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(CellId cell) =>
        cell.Column >= MinColumn && cell.Column <= MaxColumn && cell.Row >= MinRow && cell.Row <= MaxRow;

    /// <summary>The row-major index of a cell inside the extent.</summary>
    /// <param name="cell">A cell inside the extent.</param>
    /// <returns>The index, 0 to <see cref="CellCount"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside.</exception>
    public long IndexOf(CellId cell)
    {
        if (!Contains(cell))
        {
            throw new ArgumentOutOfRangeException(nameof(cell), $"Cell {cell} is outside the extent {this}.");
        }

        return ((long)(cell.Row - MinRow) * Columns) + (cell.Column - MinColumn);
    }

    /// <summary>The cell with a row-major index.</summary>
    /// <param name="index">0 to <see cref="CellCount"/> − 1.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside.</exception>
    public CellId CellAt(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, CellCount);
        return new CellId(MinColumn + (int)(index % Columns), MinRow + (int)(index / Columns));
    }

    /// <summary>The extent as "columns×rows cells from (column, row)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Columns}×{Rows} cells from ({MinColumn}, {MinRow})");
}
