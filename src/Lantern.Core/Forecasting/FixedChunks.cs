namespace Lantern.Core.Forecasting;

/// <summary>
/// Runs work over 0 .. count − 1 in chunks of a fixed size, the chunks in parallel. The chunks depend only on the count and
/// the size, never on the number of threads, so work that writes only its own chunk's results (or adds them up in chunk
/// order afterwards) gives the same bits with one thread as with many.
/// </summary>
internal static class FixedChunks
{
    /// <summary>How many chunks of <paramref name="size"/> cover <paramref name="count"/> items.</summary>
    public static int Count(int count, int size) => (int)((count + (long)size - 1) / size);

    /// <summary>Calls <paramref name="body"/>(chunk, from, to) for each chunk of items [from, to), in parallel.</summary>
    /// <param name="count">Items.</param>
    /// <param name="size">Items a chunk (the last may hold fewer).</param>
    /// <param name="options">Threads to use; the results must not depend on them.</param>
    /// <param name="body">The work of one chunk.</param>
    public static void For(int count, int size, ParallelOptions options, Action<int, int, int> body)
    {
        int chunks = Count(count, size);
        if (chunks <= 1 || options.MaxDegreeOfParallelism == 1)
        {
            // Not worth a thread (or told not to): the same chunks in order.
            for (int c = 0; c < chunks; c++)
            {
                body(c, c * size, (int)Math.Min(count, (c + 1L) * size));
            }

            return;
        }

        Parallel.For(0, chunks, options, c => body(c, c * size, (int)Math.Min(count, (c + 1L) * size)));
    }
}
