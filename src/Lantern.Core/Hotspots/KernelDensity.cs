using System.Buffers;
using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;

namespace Lantern.Core.Hotspots;

/// <summary>Computes <see cref="KernelDensityResult"/>: quartic kernel density of harm at cell centres.</summary>
internal static class KernelDensity
{
    /// <summary>Square metres in a square kilometre: densities are reported per km².</summary>
    private const double SquareMetresPerKm2 = 1e6;

    /// <summary>The quartic kernel at distance² <paramref name="d2"/> for bandwidth h, per m²: 3/(π h²)(1 − d²/h²)².</summary>
    internal static double Quartic(double d2, double h)
    {
        double u = 1 - (d2 / (h * h));
        return u <= 0 ? 0 : 3 / (Math.PI * h * h) * u * u;
    }

    /// <summary>Density over the study area of <paramref name="counts"/>, which must exist.</summary>
    public static KernelDensityResult Compute(CrimePoints crimes, CellCounts counts, CrimeFilter filter, double? bandwidth,
        int denseLimit)
    {
        CellExtent extent = counts.StudyArea!.Value; // callers skip the method when there is no study area
        CellSet? members = counts.StudyCells;
        int size = counts.Grid.CellSize;
        var choices = new List<AutomaticChoice>();
        var notes = new List<string>();
        bool automatic = bandwidth is null;
        double h = bandwidth ?? ChooseBandwidth(crimes, counts, filter, choices);

        ReadOnlySpan<double> east = crimes.Easting;
        ReadOnlySpan<double> north = crimes.Northing;
        ReadOnlySpan<double> harm = crimes.Harm;
        ReadOnlySpan<int> month = crimes.MonthIndex;
        ReadOnlySpan<CrimeCategory> category = crimes.Category;
        bool dense = extent.CellCount <= denseLimit;
        int cells = dense ? (int)extent.CellCount : 0;
        double[]? grid = dense ? ArrayPool<double>.Shared.Rent(cells) : null;
        Dictionary<long, double>? map = dense ? null : new Dictionary<long, double>();
        try
        {
            if (grid is not null)
            {
                Array.Clear(grid, 0, cells);
            }

            double norm = 3 / (Math.PI * h * h) * SquareMetresPerKm2;
            double invH2 = 1 / (h * h);
            int cols = extent.Columns, rows = extent.Rows;
            for (int i = 0; i < east.Length; i++)
            {
                double w = harm[i];
                if (!(w > 0) || !filter.Includes(month[i], category[i]) || !counts.InStudyArea(new CellId(
                    (int)Math.Floor(east[i] / size), (int)Math.Floor(north[i] / size))))
                {
                    continue;
                }

                double x = east[i], y = north[i];

                // Cells whose centre ((c + 0.5)·size) lies within h of the crime, clipped to the study area.
                int c0 = Math.Max((int)Math.Ceiling(((x - h) / size) - 0.5), extent.MinColumn) - extent.MinColumn;
                int c1 = Math.Min((int)Math.Floor(((x + h) / size) - 0.5), extent.MaxColumn) - extent.MinColumn;
                int r0 = Math.Max((int)Math.Ceiling(((y - h) / size) - 0.5), extent.MinRow) - extent.MinRow;
                int r1 = Math.Min((int)Math.Floor(((y + h) / size) - 0.5), extent.MaxRow) - extent.MinRow;
                for (int r = r0; r <= r1; r++)
                {
                    double dy = ((extent.MinRow + r + 0.5) * size) - y;
                    double dy2 = dy * dy;
                    for (int c = c0; c <= c1; c++)
                    {
                        double dx = ((extent.MinColumn + c + 0.5) * size) - x;
                        double u = 1 - (((dx * dx) + dy2) * invH2);
                        if (u <= 0)
                        {
                            continue;
                        }

                        long key = ((long)r * cols) + c;
                        if (members is not null && !members.Contains(key))
                        {
                            continue; // outside the study area's shape: no density is reported there
                        }

                        double add = w * norm * u * u;
                        if (grid is not null)
                        {
                            grid[key] += add;
                        }
                        else
                        {
                            map![key] = map.GetValueOrDefault(key) + add; // map is set whenever grid is not
                        }
                    }
                }
            }

            long[] keys;
            double[] density;
            if (grid is not null)
            {
                int k = 0;
                for (int idx = 0; idx < cells; idx++)
                {
                    if (grid[idx] > 0)
                    {
                        k++;
                    }
                }

                keys = new long[k];
                density = new double[k];
                k = 0;
                for (int idx = 0; idx < cells; idx++)
                {
                    if (grid[idx] > 0)
                    {
                        keys[k] = idx;
                        density[k] = grid[idx];
                        k++;
                    }
                }
            }
            else
            {
                keys = [.. map!.Keys]; // map is set whenever grid is not
                Array.Sort(keys);
                density = new double[keys.Length];
                for (int i = 0; i < keys.Length; i++)
                {
                    density[i] = map[keys[i]];
                }
            }

            if (h < size)
            {
                notes.Add("The bandwidth is smaller than a cell: crimes more than a bandwidth from every cell centre add nothing.");
            }

            return new KernelDensityResult(extent, h, automatic, keys, density, choices, notes);
        }
        finally
        {
            if (grid is not null)
            {
                ArrayPool<double>.Shared.Return(grid);
            }
        }
    }

    /// <summary>
    /// h = 0.9 × min(SD, √(1/ln 2) × Dm) × n^−0.2 over crimes with harm in the study area, kept to 1-10 cells.
    /// </summary>
    internal static double ChooseBandwidth(CrimePoints crimes, CellCounts counts, CrimeFilter filter, List<AutomaticChoice> choices)
    {
        int size = counts.Grid.CellSize;
        ReadOnlySpan<double> east = crimes.Easting;
        ReadOnlySpan<double> north = crimes.Northing;
        ReadOnlySpan<double> harm = crimes.Harm;
        ReadOnlySpan<int> month = crimes.MonthIndex;
        ReadOnlySpan<CrimeCategory> category = crimes.Category;
        int[] used = ArrayPool<int>.Shared.Rent(Math.Max(east.Length, 1));
        double[] distance = ArrayPool<double>.Shared.Rent(Math.Max(east.Length, 1));
        try
        {
            int n = 0;
            double sx = 0, sy = 0;
            for (int i = 0; i < east.Length; i++)
            {
                if (harm[i] > 0 && filter.Includes(month[i], category[i])
                    && counts.InStudyArea(new CellId((int)Math.Floor(east[i] / size), (int)Math.Floor(north[i] / size))))
                {
                    used[n++] = i;
                    sx += east[i];
                    sy += north[i];
                }
            }

            double fallback = 3.0 * size;
            if (n < 2)
            {
                choices.Add(new AutomaticChoice("BandwidthMetres", Format(fallback),
                    "Fewer than two crimes with harm: the rule of thumb needs a spread, so three cells were used."));
                return fallback;
            }

            double mx = sx / n, my = sy / n;
            double squares = 0;
            for (int j = 0; j < n; j++)
            {
                int i = used[j];
                double dx = east[i] - mx, dy = north[i] - my;
                double d2 = (dx * dx) + (dy * dy);
                squares += d2;
                distance[j] = Math.Sqrt(d2);
            }

            double sd = Math.Sqrt(squares / n);
            Array.Sort(distance, 0, n);
            double median = n % 2 == 1 ? distance[n / 2] : (distance[(n / 2) - 1] + distance[n / 2]) / 2;
            double rule = 0.9 * Math.Min(sd, Math.Sqrt(1 / Math.Log(2)) * median) * Math.Pow(n, -0.2);
            double h = Math.Clamp(rule, size, 10.0 * size);
            string kept = h == rule ? "" : string.Create(CultureInfo.InvariantCulture, $", kept to {h:F0} m (1-10 cells)");
            choices.Add(new AutomaticChoice("BandwidthMetres", Format(h), string.Create(CultureInfo.InvariantCulture,
                $"Rule of thumb 0.9 × min(SD, √(1/ln 2) × Dm) × n^-0.2 with SD = {sd:F0} m, Dm = {median:F0} m, n = {n}: {rule:F0} m{kept}.")));
            return h;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(used);
            ArrayPool<double>.Shared.Return(distance);
        }
    }

    private static string Format(double metres) => metres.ToString("F0", CultureInfo.InvariantCulture);
}
