using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lantern.Data.Formats;

namespace Lantern.Data.Import;

/// <summary>
/// Reads a file on a background thread while the calling thread writes to the store: parsing, validating, hashing
/// and projecting take about as long as SQLite's inserts, so on two cores the import takes the longer of the two
/// rather than their sum. Row order is kept. The store connection is used only by the calling thread.
/// </summary>
internal static class ImportPipeline
{
    private const int BatchesInFlight = 4;

    public static void Run(PoliceFileReader reader, IRowSink writer, Action<long>? progress, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var full = new BlockingCollection<RowBatch>(BatchesInFlight);
        var empty = new ConcurrentBag<RowBatch>();
        Exception? readError = null;
        long bytesRead = 0;

        var producer = new Thread(() =>
        {
            try
            {
                var sink = new BatchingSink(full, empty, () => Volatile.Write(ref bytesRead, reader.BytesRead), stop.Token);
                reader.ReadAll(sink, stop.Token);
                sink.Flush();
            }
            catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
            {
                readError = e;
            }
            catch (OperationCanceledException)
            {
                // The writer failed or the user cancelled: the writer reports why.
            }
            finally
            {
                full.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "lantern-import-reader",
        };
        producer.Start();

        try
        {
            foreach (RowBatch batch in full.GetConsumingEnumerable(cancellationToken))
            {
                batch.WriteTo(writer);
                batch.Clear();
                empty.Add(batch);
                progress?.Invoke(Volatile.Read(ref bytesRead));
            }
        }
        catch
        {
            stop.Cancel();
            producer.Join();
            throw;
        }

        producer.Join();
        if (readError is not null)
        {
            ExceptionDispatchInfo.Throw(readError);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private sealed class BatchingSink(BlockingCollection<RowBatch> full, ConcurrentBag<RowBatch> empty, Action onBatch, CancellationToken token)
        : IRowSink
    {
        private RowBatch _batch = Take(empty);

        public void Crime(long line, UInt128 key, CrimeRecord record)
        {
            _batch.AddCrime(line, key, record);
            Ship();
        }

        public void Outcome(long line, UInt128 key, OutcomeRecord record)
        {
            _batch.AddOutcome(line, key, record);
            Ship();
        }

        public void StopSearch(long line, UInt128 key, StopSearchRecord record)
        {
            _batch.AddStopSearch(line, key, record);
            Ship();
        }

        public void Reject(RowReject reject)
        {
            _batch.AddReject(reject);
            Ship();
        }

        public void Flush()
        {
            if (_batch.Count > 0)
            {
                onBatch();
                full.Add(_batch, token);
            }
        }

        private static RowBatch Take(ConcurrentBag<RowBatch> pool) => pool.TryTake(out RowBatch? b) ? b : new RowBatch();

        private void Ship()
        {
            if (_batch.IsFull)
            {
                onBatch();
                full.Add(_batch, token);
                _batch = Take(empty);
            }
        }
    }
}
