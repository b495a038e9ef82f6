using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>The events a grid self-exciting fit uses (inside the study area, in time order), with their occupied cells.</summary>
internal sealed class GridSeppData
{
    private GridSeppData(double[] time, double[] weight, int[] cell, long[] cellIndex, int[] neighbourStart, int[] neighbours,
        int[] neighbourCells)
    {
        Time = time;
        Weight = weight;
        Cell = cell;
        CellIndex = cellIndex;
        NeighbourStart = neighbourStart;
        Neighbours = neighbours;
        NeighbourCells = neighbourCells;
    }

    public int Count => Time.Length;

    public int CellCount => CellIndex.Length;

    /// <summary>Event times, non-decreasing.</summary>
    public double[] Time { get; }

    public double[] Weight { get; }

    /// <summary>Each event's occupied cell, 0 .. CellCount − 1.</summary>
    public int[] Cell { get; }

    /// <summary>Each occupied cell's row-major index in the study area.</summary>
    public long[] CellIndex { get; }

    /// <summary>Occupied neighbours of occupied cell c: Neighbours[NeighbourStart[c] .. NeighbourStart[c + 1]).</summary>
    public int[] NeighbourStart { get; }

    public int[] Neighbours { get; }

    /// <summary>For each occupied cell, how many of its eight neighbours lie in the study area (occupied or not).</summary>
    public int[] NeighbourCells { get; }

    public static GridSeppData Build(ForecastEvents known, GridSpec grid, CellExtent extent, bool neighbours)
    {
        var ids = new Dictionary<long, int>();
        var cellIndex = new List<long>();
        int n = 0;
        int[] cellOf = new int[known.Count];
        for (int i = 0; i < known.Count; i++)
        {
            CellId cell = grid.CellOf(known.Easting[i], known.Northing[i]);
            if (!extent.Contains(cell))
            {
                cellOf[i] = -1;
                continue;
            }

            long index = extent.IndexOf(cell);
            if (!ids.TryGetValue(index, out int id))
            {
                id = ids.Count;
                ids.Add(index, id);
                cellIndex.Add(index);
            }

            cellOf[i] = id;
            n++;
        }

        double[] time = new double[n], weight = new double[n];
        int[] cellIds = new int[n];
        int k = 0;
        for (int i = 0; i < known.Count; i++)
        {
            if (cellOf[i] >= 0)
            {
                time[k] = known.Time[i];
                weight[k] = known.Weight[i];
                cellIds[k++] = cellOf[i];
            }
        }

        int cells = cellIndex.Count;
        int[] start = new int[cells + 1];
        var list = new List<int>();
        int[] inside = new int[cells];
        for (int c = 0; c < cells && neighbours; c++)
        {
            CellId centre = extent.CellAt(cellIndex[c]);
            for (int dr = -1; dr <= 1; dr++)
            {
                for (int dc = -1; dc <= 1; dc++)
                {
                    var other = new CellId(centre.Column + dc, centre.Row + dr);
                    if ((dr == 0 && dc == 0) || !extent.Contains(other))
                    {
                        continue;
                    }

                    inside[c]++;
                    if (ids.TryGetValue(extent.IndexOf(other), out int id))
                    {
                        list.Add(id);
                    }
                }
            }

            start[c + 1] = list.Count;
        }

        return new GridSeppData(time, weight, cellIds, [.. cellIndex], start, [.. list], inside);
    }
}
