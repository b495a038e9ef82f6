using Lantern.Core.Geography;

namespace Lantern.Core.Hotspots;

/// <summary>
/// The cells within a fixed distance of a cell, centre to centre, including the cell itself: a disc of cells,
/// held as horizontal blocks of rows that share a half-width so a summed-area table can sum it in a few lookups.
/// </summary>
internal sealed class DistanceBand
{
    // Centre-to-centre distances are compared in cell units squared; the tolerance keeps a band of exactly
    // 3 cells (450 m at 150 m) from losing the cells at exactly 450 m to rounding.
    private const double Tolerance = 1e-9;

    public DistanceBand(double bandMetres, int cellSize)
    {
        double r = bandMetres / cellSize;
        double r2 = (r * r) + Tolerance;
        Radius = (int)Math.Floor(Math.Sqrt(r2));
        HalfWidth = new int[(2 * Radius) + 1];
        int total = 0;
        for (int dr = -Radius; dr <= Radius; dr++)
        {
            int h = (int)Math.Floor(Math.Sqrt(r2 - ((double)dr * dr)));
            HalfWidth[dr + Radius] = h;
            total += (2 * h) + 1;
        }

        CellCount = total;
        var blocks = new List<Block>();
        int start = -Radius;
        for (int dr = -Radius + 1; dr <= Radius + 1; dr++)
        {
            if (dr > Radius || HalfWidth[dr + Radius] != HalfWidth[start + Radius])
            {
                blocks.Add(new Block(start, dr - 1, HalfWidth[start + Radius]));
                start = dr;
            }
        }

        Blocks = [.. blocks];
    }

    /// <summary>Largest row (or column) offset of a neighbour.</summary>
    public int Radius { get; }

    /// <summary>Half-width in columns of each row offset, indexed by <c>offset + Radius</c>.</summary>
    public int[] HalfWidth { get; }

    /// <summary>Neighbours of a cell far from the edges, itself included.</summary>
    public int CellCount { get; }

    /// <summary>Rows grouped by equal half-width.</summary>
    public Block[] Blocks { get; }

    /// <summary>Neighbours of cell (c, r) inside a <paramref name="columns"/> × <paramref name="rows"/> study area, itself included.</summary>
    public int NeighboursInside(int c, int r, int columns, int rows)
    {
        int w = 0;
        foreach (Block b in Blocks)
        {
            int r0 = Math.Max(r + b.FirstRow, 0);
            int r1 = Math.Min(r + b.LastRow, rows - 1);
            int c0 = Math.Max(c - b.HalfWidth, 0);
            int c1 = Math.Min(c + b.HalfWidth, columns - 1);
            if (r0 <= r1 && c0 <= c1)
            {
                w += (r1 - r0 + 1) * (c1 - c0 + 1);
            }
        }

        return w;
    }

    /// <summary>Neighbours of cell (c, r) of <paramref name="cells"/>' extent that are in the set, itself included when it is.</summary>
    public int NeighboursIn(CellSet cells, int c, int r)
    {
        int rows = cells.Extent.Rows, columns = cells.Extent.Columns;
        int w = 0;
        for (int dr = -Radius; dr <= Radius; dr++)
        {
            int rr = r + dr;
            if (rr < 0 || rr >= rows)
            {
                continue;
            }

            int h = HalfWidth[dr + Radius];
            int c0 = Math.Max(c - h, 0), c1 = Math.Min(c + h, columns - 1);
            if (c0 <= c1)
            {
                w += cells.CountInRow(rr, c0, c1);
            }
        }

        return w;
    }

    /// <summary>Row offsets <see cref="FirstRow"/>..<see cref="LastRow"/>, columns −HalfWidth..+HalfWidth.</summary>
    internal readonly record struct Block(int FirstRow, int LastRow, int HalfWidth);
}
