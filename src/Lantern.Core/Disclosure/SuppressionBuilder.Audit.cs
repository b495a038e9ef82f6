using System.Diagnostics;

namespace Lantern.Core.Disclosure;

// What a reader can work out from a publication: each withheld count's range after the sums, and the counts the sums
// determine outright.
public sealed partial class SuppressionBuilder
{
    // Which withheld counts a reader can pin to one value, by the ranges and by the sums' linear algebra.
    private bool[] Pinned(CellStatus[] status)
    {
        (double[] lo, double[] hi) = Bounds(status);
        bool[] pinned = [.. Enumerable.Range(0, status.Length).Select(i => status[i] != CellStatus.Shown && hi[i] - lo[i] < 0.5)];
        Determined(status, pinned);
        return pinned;
    }

    // Marks, as pinned, the withheld counts the sums alone determine whatever the ranges (a count linked to the rest by a
    // chain of sums with no cycle through it, say): a count is determined when its unit vector is in the row space of the
    // sums over the unknown counts, i.e. when the reduced row echelon form has a row that is that unit vector.
    private void Determined(CellStatus[] status, bool[] pinned)
    {
        int[] column = new int[status.Length];
        var unknowns = new List<int>();
        for (int i = 0; i < status.Length; i++)
        {
            column[i] = status[i] != CellStatus.Shown && !pinned[i] ? unknowns.Count : -1;
            if (column[i] >= 0)
            {
                unknowns.Add(i);
            }
        }

        int k = unknowns.Count;
        var rows = new List<double[]>();
        foreach (int[] sum in _sums)
        {
            double[] row = new double[k];
            bool any = false;
            for (int j = 0; j < sum.Length; j++)
            {
                if (column[sum[j]] >= 0)
                {
                    row[column[sum[j]]] += j == 0 ? 1 : -1;
                    any = true;
                }
            }

            if (any)
            {
                rows.Add(row);
            }
        }

        int rank = 0;
        for (int c = 0; c < k && rank < rows.Count; c++)
        {
            int pivot = -1;
            for (int r = rank; r < rows.Count; r++)
            {
                if (Math.Abs(rows[r][c]) > 1e-9 && (pivot < 0 || Math.Abs(rows[r][c]) > Math.Abs(rows[pivot][c])))
                {
                    pivot = r;
                }
            }

            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            double[] p = rows[rank];
            double scale = p[c];
            for (int j = c; j < k; j++)
            {
                p[j] /= scale;
            }

            for (int r = 0; r < rows.Count; r++)
            {
                double f = rows[r][c];
                if (r != rank && Math.Abs(f) > 1e-12)
                {
                    double[] row = rows[r];
                    for (int j = c; j < k; j++)
                    {
                        row[j] -= f * p[j];
                    }
                }
            }

            rank++;
        }

        for (int r = 0; r < rank; r++)
        {
            int nonZero = -1, count = 0;
            for (int j = 0; j < k && count < 2; j++)
            {
                if (Math.Abs(rows[r][j]) > 1e-9)
                {
                    nonZero = j;
                    count++;
                }
            }

            if (count == 1)
            {
                pinned[unknowns[nonZero]] = true;
            }
        }
    }

    // Interval constraint propagation over the sums, to a fixed point: each count's range as a reader can narrow it.
    private (double[] Low, double[] High) Bounds(CellStatus[] status)
    {
        int n = status.Length;
        double[] lo = new double[n], hi = new double[n];
        for (int i = 0; i < n; i++)
        {
            (lo[i], hi[i]) = status[i] switch
            {
                CellStatus.Shown => ((double)_values[i], (double)_values[i]),
                CellStatus.Small => (0.0, Threshold - 1.0),
                CellStatus.Secondary => (Threshold, double.PositiveInfinity),
                _ => (0.0, double.PositiveInfinity),
            };
        }

        bool changed = true;
        for (int round = 0; changed && round < 10_000; round++)
        {
            changed = false;
            foreach (int[] sum in _sums)
            {
                changed |= Narrow(sum, lo, hi);
            }
        }

        return (lo, hi);
    }

    private static bool Narrow(int[] sum, double[] lo, double[] hi)
    {
        bool changed = false;
        int total = sum[0];
        double partsLo = 0, partsHiFinite = 0;
        int partsHiInfinite = 0;
        for (int k = 1; k < sum.Length; k++)
        {
            partsLo += lo[sum[k]];
            if (double.IsPositiveInfinity(hi[sum[k]]))
            {
                partsHiInfinite++;
            }
            else
            {
                partsHiFinite += hi[sum[k]];
            }
        }

        changed |= Tighten(total, partsLo, partsHiInfinite > 0 ? double.PositiveInfinity : partsHiFinite, lo, hi);
        for (int k = 1; k < sum.Length; k++)
        {
            int p = sum[k];
            bool infinite = double.IsPositiveInfinity(hi[p]);
            double othersLo = partsLo - lo[p];
            double othersHi = partsHiInfinite - (infinite ? 1 : 0) > 0 ? double.PositiveInfinity : partsHiFinite - (infinite ? 0 : hi[p]);
            changed |= Tighten(p, lo[total] - othersHi, hi[total] - othersLo, lo, hi);
        }

        return changed;
    }

    private static bool Tighten(int cell, double low, double high, double[] lo, double[] hi)
    {
        bool changed = false;
        low = Math.Ceiling(low);
        high = Math.Floor(high);
        if (low > lo[cell] + 0.5)
        {
            lo[cell] = low;
            changed = true;
        }

        if (high < hi[cell] - 0.5)
        {
            hi[cell] = high;
            changed = true;
        }

        Debug.Assert(lo[cell] <= hi[cell], "real counts always lie inside their ranges");
        return changed;
    }
}
