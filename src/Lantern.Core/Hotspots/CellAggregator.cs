using System.Buffers;
using System.Runtime.InteropServices;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;

namespace Lantern.Core.Hotspots;

/// <summary>Bins crimes into the cells of a grid: harm, count and count by category per occupied cell.</summary>
internal static class CellAggregator
{
    /// <summary>Aggregates the crimes that pass <paramref name="filter"/> and lie inside the study area.</summary>
    /// <param name="crimes">The crimes.</param>
    /// <param name="grid">The grid.</param>
    /// <param name="studyArea">The study area, or null for the bounding box of the filtered crimes' cells.</param>
    /// <param name="filter">Month and category filter.</param>
    /// <param name="denseLimit">Largest study area (cells) held densely.</param>
    /// <param name="cellOfCrime">
    /// When given (at least as long as the crimes), receives each crime's cell as an index into the counts, −1 for a crime
    /// left out (filtered, or outside the study area); left untouched when no crime passes and there is no study area.
    /// </param>
    /// <param name="studyCells">
    /// When the study area is a shape, the cells of its extent that belong to it: crimes in the others are outside. Its extent
    /// is the study area (<paramref name="studyArea"/> must be null or the same).
    /// </param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="studyArea"/> and <paramref name="studyCells"/> have different extents.</exception>
    public static CellCounts Aggregate(CrimePoints crimes, GridSpec grid, CellExtent? studyArea, CrimeFilter filter, int denseLimit,
        int[]? cellOfCrime = null, CellSet? studyCells = null)
    {
        int n = crimes.Count;
        if (studyCells is not null)
        {
            if (studyArea is { } other && other != studyCells.Extent)
            {
                throw new ArgumentException($"The study area {other} is not the extent of the study cells, {studyCells.Extent}.", nameof(studyArea));
            }

            studyArea = studyCells.Extent;
        }

        CellExtent extent;
        if (studyArea is { } given)
        {
            extent = given;
        }
        else if (BoundingBox(crimes, grid, filter) is { } box)
        {
            extent = box;
        }
        else
        {
            return new CellCounts(grid, null, null, CellStorage.Dense, [], [], [], [], [], 0, n);
        }

        int[] slot = cellOfCrime ?? ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        try
        {
            return extent.CellCount <= denseLimit
                ? AggregateDense(crimes, grid, extent, studyCells, filter, slot)
                : AggregateSparse(crimes, grid, extent, studyCells, filter, slot);
        }
        finally
        {
            if (cellOfCrime is null)
            {
                ArrayPool<int>.Shared.Return(slot);
            }
        }
    }

    /// <summary>The smallest extent holding the cells of every crime that passes the filter, or null when none does.</summary>
    internal static CellExtent? BoundingBox(CrimePoints crimes, GridSpec grid, CrimeFilter filter)
    {
        ReadOnlySpan<double> east = crimes.Easting;
        ReadOnlySpan<double> north = crimes.Northing;
        ReadOnlySpan<int> month = crimes.MonthIndex;
        ReadOnlySpan<CrimeCategory> category = crimes.Category;
        double size = grid.CellSize;
        int minC = int.MaxValue, minR = int.MaxValue, maxC = int.MinValue, maxR = int.MinValue;
        for (int i = 0; i < east.Length; i++)
        {
            if (!filter.Includes(month[i], category[i]))
            {
                continue;
            }

            int c = (int)Math.Floor(east[i] / size);
            int r = (int)Math.Floor(north[i] / size);
            minC = Math.Min(minC, c);
            maxC = Math.Max(maxC, c);
            minR = Math.Min(minR, r);
            maxR = Math.Max(maxR, r);
        }

        return minC == int.MaxValue ? null : new CellExtent(minC, minR, maxC - minC + 1, maxR - minR + 1);
    }

    private static CellCounts AggregateDense(CrimePoints crimes, GridSpec grid, CellExtent extent, CellSet? members, CrimeFilter filter,
        int[] slot)
    {
        int cells = (int)extent.CellCount;
        int[] map = ArrayPool<int>.Shared.Rent(cells);
        try
        {
            Array.Clear(map, 0, cells);
            (int outside, int filteredOut) = Locate(crimes, grid, extent, members, filter, slot, new DenseMarker(slot, map));

            // Number occupied cells 1..k in row-major order; 0 stays "empty".
            int k = 0;
            for (int idx = 0; idx < cells; idx++)
            {
                if (map[idx] != 0)
                {
                    map[idx] = ++k;
                }
            }

            long[] keys = new long[k];
            for (int idx = 0; idx < cells; idx++)
            {
                if (map[idx] != 0)
                {
                    keys[map[idx] - 1] = idx;
                }
            }

            return Accumulate(crimes, grid, extent, members, CellStorage.Dense, keys, slot, map, outside, filteredOut);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(map);
        }
    }

    /// <summary>Records a located crime: the dense path marks an array, the sparse path a dictionary.</summary>
    private interface ICellMarker
    {
        public void Mark(int crime, long cell);
    }

    // Sets slot[i] = −1 for each crime left out (filtered, or outside the study area) and hands every other crime's
    // row-major cell index to the marker. One loop for both storages; the struct marker is specialised by the JIT.
    private static (int Outside, int FilteredOut) Locate<TMarker>(CrimePoints crimes, GridSpec grid, CellExtent extent, CellSet? members,
        CrimeFilter filter, int[] slot, TMarker marker)
        where TMarker : struct, ICellMarker
    {
        ReadOnlySpan<double> east = crimes.Easting;
        ReadOnlySpan<double> north = crimes.Northing;
        ReadOnlySpan<int> month = crimes.MonthIndex;
        ReadOnlySpan<CrimeCategory> category = crimes.Category;
        double size = grid.CellSize;
        long minC = extent.MinColumn, minR = extent.MinRow;
        long cols = extent.Columns;
        var edges = new CellEdges(extent); // tested before converting, so the conversions after cannot overflow
        int outside = 0, filteredOut = 0;
        for (int i = 0; i < east.Length; i++)
        {
            slot[i] = -1;
            if (!filter.Includes(month[i], category[i]))
            {
                filteredOut++;
                continue;
            }

            double column = east[i] / size, row = north[i] / size;
            if (!edges.Contain(column, row))
            {
                outside++;
                continue;
            }

            long c = unchecked((long)Math.Floor(column)) - minC;
            long r = unchecked((long)Math.Floor(row)) - minR;
            long cell = (r * cols) + c;
            if (members is not null && !members.Contains(cell))
            {
                outside++;
                continue;
            }

            marker.Mark(i, cell);
        }

        return (outside, filteredOut);
    }

    private static CellCounts AggregateSparse(CrimePoints crimes, GridSpec grid, CellExtent extent, CellSet? members, CrimeFilter filter,
        int[] slot)
    {
        var map = new Dictionary<long, int>();
        (int outside, int filteredOut) = Locate(crimes, grid, extent, members, filter, slot, new SparseMarker(slot, map));

        // Order cells row-major, as the dense path does, so results do not depend on the storage chosen.
        long[] keys = new long[map.Count];
        int[] ids = new int[map.Count];
        int k = 0;
        foreach (KeyValuePair<long, int> pair in map)
        {
            keys[k] = pair.Key;
            ids[k] = pair.Value;
            k++;
        }

        Array.Sort(keys, ids);
        int[] position = new int[ids.Length];
        for (int j = 0; j < ids.Length; j++)
        {
            position[ids[j]] = j;
        }

        // position[id] is the row-major rank of each cell; Accumulate reads it as slot → compact index + 1.
        for (int j = 0; j < position.Length; j++)
        {
            position[j]++;
        }

        return Accumulate(crimes, grid, extent, members, CellStorage.Sparse, keys, slot, position, outside, filteredOut);
    }

    // slot[i] is crime i's cell as an index into `compact` (−1 when left out); compact[slot] is the cell's index + 1.
    // On return slot[i] is the cell's index itself (−1 when left out).
    private static CellCounts Accumulate(CrimePoints crimes, GridSpec grid, CellExtent extent, CellSet? members, CellStorage storage, long[] keys,
        int[] slot, int[] compact, int outside, int filteredOut)
    {
        int k = keys.Length;
        int stride = CrimeFilter.CategoryCount;
        double[] harm = new double[k];
        int[] count = new int[k];
        int[] categories = new int[k * stride];
        ReadOnlySpan<double> weight = crimes.Harm;
        ReadOnlySpan<CrimeCategory> category = crimes.Category;
        for (int i = 0; i < weight.Length; i++)
        {
            if (slot[i] < 0)
            {
                continue;
            }

            int s = compact[slot[i]] - 1;
            slot[i] = s;
            harm[s] += weight[i];
            count[s]++;
            int cat = (int)category[i];
            categories[(s * stride) + (cat >= 0 && cat < stride ? cat : 0)]++; // an undefined value counts as Unknown
        }

        var cells = new CellId[k];
        for (int j = 0; j < k; j++)
        {
            cells[j] = new CellId(extent.MinColumn + (int)(keys[j] % extent.Columns), extent.MinRow + (int)(keys[j] / extent.Columns));
        }

        return new CellCounts(grid, extent, members, storage, keys, cells, harm, count, categories, outside, filteredOut);
    }

    /// <summary>Dense storage: slot[i] is the row-major index of crime i's cell, and map[index] = 1 marks it occupied.</summary>
    private readonly struct DenseMarker(int[] slot, int[] map) : ICellMarker
    {
        public void Mark(int crime, long cell)
        {
            slot[crime] = (int)cell;
            map[cell] = 1;
        }
    }

    /// <summary>Sparse storage: each occupied cell gets an id in order of first sight; slot[i] is crime i's cell id.</summary>
    private readonly struct SparseMarker(int[] slot, Dictionary<long, int> map) : ICellMarker
    {
        public void Mark(int crime, long cell)
        {
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(map, cell, out bool exists);
            if (!exists)
            {
                id = map.Count - 1;
            }

            slot[crime] = id;
        }
    }
}
