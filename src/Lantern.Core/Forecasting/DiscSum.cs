using Lantern.Core.Geography;

namespace Lantern.Core.Forecasting;

/// <summary>Adds one event's kernel to the cells it reaches: the loop the kernel methods share.</summary>
internal static class DiscSum
{
    /// <summary>
    /// Adds weight × kernel(distance from (x, y) to each cell's sample points), averaged over <paramref name="samplesPerSide"/>²
    /// points on a regular lattice inside the cell (1: the centre), to every cell of the extent the kernel reaches.
    /// </summary>
    public static void Add<TKernel>(double[] risk, GridSpec grid, CellExtent extent, double x, double y, double weight,
        TKernel kernel, int samplesPerSide = 1)
        where TKernel : struct, IRadialKernel
    {
        double size = grid.CellSize;
        double h = kernel.Radius;
        int c0 = Math.Max((int)Math.Floor((x - h) / size), extent.MinColumn);
        int c1 = Math.Min((int)Math.Floor((x + h) / size), extent.MaxColumn);
        int r0 = Math.Max((int)Math.Floor((y - h) / size), extent.MinRow);
        int r1 = Math.Min((int)Math.Floor((y + h) / size), extent.MaxRow);
        if (c0 > c1 || r0 > r1)
        {
            return;
        }

        int s = samplesPerSide;
        double share = weight / (s * s);
        int cols = extent.Columns;
        for (int r = r0; r <= r1; r++)
        {
            int rowBase = (r - extent.MinRow) * cols;
            for (int c = c0; c <= c1; c++)
            {
                double sum = 0;
                for (int a = 0; a < s; a++)
                {
                    double dy = ((r + ((a + 0.5) / s)) * size) - y;
                    for (int b = 0; b < s; b++)
                    {
                        double dx = ((c + ((b + 0.5) / s)) * size) - x;
                        sum += kernel.At((dx * dx) + (dy * dy));
                    }
                }

                if (sum > 0)
                {
                    risk[rowBase + c - extent.MinColumn] += share * sum;
                }
            }
        }
    }
}
