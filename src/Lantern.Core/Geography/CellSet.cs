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

    /// <summary>
    /// The cells of a grid that an area touches: every cell sharing a point with it, its boundary included, taken from the
    /// cells covering its envelope. Every point inside the area lies in one of them.
    /// </summary>
    /// <param name="area">A polygon or multipolygon (holes allowed), in the grid's coordinates.</param>
    /// <param name="grid">The grid.</param>
    /// <returns>The set, over the extent covering the area's envelope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The area is empty.</exception>
    /// <remarks>
    /// Written by hand because NetTopologySuite has no rasteriser, and a prepared-polygon test per cell costs about a
    /// microsecond (2.3 s for a London borough at 10 m). A cell touches the area when its centre is inside it (found row by
    /// row from where the rings cross the row's centre line, even-odd, so holes and parts need no special case) or a ring
    /// passes through it (each ring's segments walked band by band). Cost: rows × ring segments plus the cells marked.
    /// </remarks>
    public static CellSet Touching(NetTopologySuite.Geometries.Geometry area, GridSpec grid)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (area.IsEmpty)
        {
            throw new ArgumentException("The area is empty.", nameof(area));
        }

        NetTopologySuite.Geometries.Envelope e = area.EnvelopeInternal;
        CellExtent extent = CellExtent.Covering(grid, e.MinX, e.MinY, e.MaxX, e.MaxY);
        if (extent.CellCount > (long)Array.MaxLength * 64)
        {
            throw new ArgumentOutOfRangeException(nameof(area), "The area has too many cells for a cell set.");
        }

        ulong[] bits = new ulong[(int)((extent.CellCount + 63) / 64)];
        var rings = new List<NetTopologySuite.Geometries.Coordinate[]>();
        for (int g = 0; g < area.NumGeometries; g++)
        {
            if (area.GetGeometryN(g) is NetTopologySuite.Geometries.Polygon polygon)
            {
                rings.Add(polygon.ExteriorRing.Coordinates);
                foreach (NetTopologySuite.Geometries.LinearRing hole in polygon.InteriorRings)
                {
                    rings.Add(hole.Coordinates);
                }
            }
        }

        double size = grid.CellSize;
        void Mark(long column, long row)
        {
            long c = column - extent.MinColumn, r = row - extent.MinRow;
            if (c >= 0 && c < extent.Columns && r >= 0 && r < extent.Rows)
            {
                long index = (r * extent.Columns) + c;
                bits[index >> 6] |= 1UL << (int)(index & 63);
            }
        }

        // Centres inside: where the rings cross each row's centre line, sorted, in pairs.
        var crossings = new List<double>();
        for (int r = 0; r < extent.Rows; r++)
        {
            double y = (extent.MinRow + r + 0.5) * size;
            crossings.Clear();
            foreach (NetTopologySuite.Geometries.Coordinate[] ring in rings)
            {
                for (int i = 1; i < ring.Length; i++)
                {
                    NetTopologySuite.Geometries.Coordinate a = ring[i - 1], b = ring[i];
                    if ((a.Y <= y) != (b.Y <= y))
                    {
                        crossings.Add(a.X + ((y - a.Y) * (b.X - a.X) / (b.Y - a.Y)));
                    }
                }
            }

            crossings.Sort();
            for (int k = 0; k + 1 < crossings.Count; k += 2)
            {
                long first = (long)Math.Ceiling((crossings[k] / size) - 0.5), last = (long)Math.Floor((crossings[k + 1] / size) - 0.5);
                for (long c = first; c <= last; c++)
                {
                    Mark(c, extent.MinRow + r);
                }
            }
        }

        // Cells the rings pass through: each segment clipped to each band of rows it spans.
        foreach (NetTopologySuite.Geometries.Coordinate[] ring in rings)
        {
            for (int i = 1; i < ring.Length; i++)
            {
                NetTopologySuite.Geometries.Coordinate a = ring[i - 1], b = ring[i];
                if (a.Y == b.Y)
                {
                    for (long c = (long)Math.Floor(Math.Min(a.X, b.X) / size); c <= (long)Math.Floor(Math.Max(a.X, b.X) / size); c++)
                    {
                        Mark(c, (long)Math.Floor(a.Y / size));
                    }

                    continue;
                }

                double y0 = Math.Min(a.Y, b.Y), y1 = Math.Max(a.Y, b.Y);
                for (long row = (long)Math.Floor(y0 / size); row <= (long)Math.Floor(y1 / size); row++)
                {
                    double lo = Math.Max(y0, row * size), hi = Math.Min(y1, (row + 1) * size);
                    double xLo = XAt(a, b, lo), xHi = XAt(a, b, hi);
                    for (long c = (long)Math.Floor(Math.Min(xLo, xHi) / size); c <= (long)Math.Floor(Math.Max(xLo, xHi) / size); c++)
                    {
                        Mark(c, row);
                    }
                }
            }
        }

        long count = 0;
        foreach (ulong word in bits)
        {
            count += BitOperations.PopCount(word);
        }

        return new CellSet(extent, bits, count);
    }

    // The x of a segment that is not horizontal at height y.
    private static double XAt(NetTopologySuite.Geometries.Coordinate a, NetTopologySuite.Geometries.Coordinate b, double y) =>
        a.X + ((y - a.Y) * (b.X - a.X) / (b.Y - a.Y));

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
