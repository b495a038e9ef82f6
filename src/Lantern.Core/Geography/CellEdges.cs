using System.Runtime.CompilerServices;

namespace Lantern.Core.Geography;

/// <summary>
/// A <see cref="CellExtent"/>'s edges in cell units, for asking of a million points whether each one's cell is inside
/// without working the cell out: floor(q) lies in [a, b] exactly when a ≤ q &lt; b + 1, so comparing a point's easting
/// and northing over the cell size with the edges gives the same answer as <see cref="CellExtent.Contains"/> of
/// <see cref="GridSpec.CellOf(double, double)"/>, with no conversion to whole numbers (a checked one is a call per value)
/// and false for NaN.
/// </summary>
internal readonly struct CellEdges
{
    private readonly double _firstColumn;
    private readonly double _endColumn;
    private readonly double _firstRow;
    private readonly double _endRow;

    public CellEdges(CellExtent extent)
    {
        _firstColumn = extent.MinColumn;
        _endColumn = (double)extent.MaxColumn + 1;
        _firstRow = extent.MinRow;
        _endRow = (double)extent.MaxRow + 1;
    }

    /// <summary>Whether the cell at column floor(<paramref name="column"/>), row floor(<paramref name="row"/>) is in the extent.</summary>
    /// <param name="column">Easting over the cell size.</param>
    /// <param name="row">Northing over the cell size.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contain(double column, double row) => column >= _firstColumn && column < _endColumn && row >= _firstRow && row < _endRow;
}
