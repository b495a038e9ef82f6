using System.Numerics;

namespace Lantern.Core.Geography;

/// <summary>
/// Some of the cells of a <see cref="CellExtent"/>: the cells an area's boundary touches, when a study area is a shape
/// and not a rectangle. One bit per cell of the extent, in the extent's row-major order.
/// </summary>
/// <remarks>Immutable and thread safe. A .NET BitArray would do the storing but not the immutability or the counting.</remarks>
public sealed class CellSet
{
    private readonly ulong[] _bits;

    private CellSet(CellExtent extent, ulong[] bits, long count)
    {
        Extent = extent;
        _bits = bits;
        Count = count;
    }

    /// <summary>The extent the cells are taken from.</summary>
    public CellExtent Extent { get; }

    /// <summary>Number of cells in the set.</summary>
    public long Count { get; }

    /// <summary>The cells of an extent that a test accepts, each tested once in row-major order.</summary>
    /// <param name="extent">The extent.</param>
    /// <param name="member">Whether a cell belongs.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The extent has more cells than a set can hold (about 137 billion).</exception>
    public static CellSet Where(CellExtent extent, Func<CellId, bool> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (extent.CellCount > (long)Array.MaxLength * 64)
        {
            throw new ArgumentOutOfRangeException(nameof(extent), extent, "The extent has too many cells for a cell set.");
        }

        ulong[] bits = new ulong[(int)((extent.CellCount + 63) / 64)];
        long count = 0;
        long index = 0;
        for (int r = 0; r < extent.Rows; r++)
        {
            for (int c = 0; c < extent.Columns; c++, index++)
            {
                if (member(new CellId(extent.MinColumn + c, extent.MinRow + r)))
                {
                    bits[index >> 6] |= 1UL << (int)(index & 63);
                    count++;
                }
            }
        }

        return new CellSet(extent, bits, count);
    }

    /// <summary>Whether a cell is in the set (false for a cell outside the extent).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True when in the set.</returns>
    public bool Contains(CellId cell) => Extent.Contains(cell) && Contains(Extent.IndexOf(cell));

    /// <summary>Whether the cell with a row-major index of the extent is in the set.</summary>
    internal bool Contains(long index) => (_bits[index >> 6] & (1UL << (int)(index & 63))) != 0;

    /// <summary>Number of cells of the set in row <paramref name="row"/> (from the extent's south), columns <paramref name="first"/>..<paramref name="last"/> (from its west).</summary>
    internal int CountInRow(int row, int first, int last)
    {
        long from = ((long)row * Extent.Columns) + first, to = ((long)row * Extent.Columns) + last; // inclusive
        int n = 0;
        while (from <= to)
        {
            int bit = (int)(from & 63);
            int take = (int)Math.Min(64 - bit, to - from + 1);
            ulong mask = take == 64 ? ulong.MaxValue : ((1UL << take) - 1) << bit;
            n += BitOperations.PopCount(_bits[from >> 6] & mask);
            from += take;
        }

        return n;
    }
}
