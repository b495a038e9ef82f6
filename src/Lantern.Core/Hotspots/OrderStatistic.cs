namespace Lantern.Core.Hotspots;

/// <summary>
/// The k-th smallest or largest of a set of numbers, for k small next to the count, without sorting or copying them: a
/// binary heap keeps the k + 1 best seen so far, and most values are turned away by one comparison with its top.
/// Sorting a million coordinates to read four of them took 60% of a tasking computation.
/// </summary>
internal static class OrderStatistic
{
    /// <summary>The <paramref name="k"/>-th smallest value (0-based): what an ascending sort puts at index k.</summary>
    public static double Smallest(ReadOnlySpan<double> values, int k) => Kth(values, k, 1);

    /// <summary>The <paramref name="k"/>-th largest value (0-based): what a descending sort puts at index k.</summary>
    public static double Largest(ReadOnlySpan<double> values, int k) => -Kth(values, k, -1);

    /// <summary>The k-th smallest of sign × value. Values must not be NaN.</summary>
    private static double Kth(ReadOnlySpan<double> values, int k, double sign)
    {
        System.Diagnostics.Debug.Assert((uint)k < (uint)values.Length, "k indexes the values");
        // A max-heap of the k + 1 smallest seen so far: heap[0] is the largest of them.
        double[] heap = new double[k + 1];
        int count = 0;
        foreach (double value in values)
        {
            double v = sign * value;
            if (count <= k)
            {
                int i = count++;
                while (i > 0 && heap[(i - 1) >> 1] < v)
                {
                    heap[i] = heap[(i - 1) >> 1];
                    i = (i - 1) >> 1;
                }

                heap[i] = v;
            }
            else if (v < heap[0])
            {
                SiftDown(heap, v);
            }
        }

        return heap[0];
    }

    /// <summary>Replaces the top of a full max-heap with <paramref name="v"/> and restores the order.</summary>
    private static void SiftDown(double[] heap, double v)
    {
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= heap.Length)
            {
                break;
            }

            if (child + 1 < heap.Length && heap[child + 1] > heap[child])
            {
                child++;
            }

            if (heap[child] <= v)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = v;
    }
}
