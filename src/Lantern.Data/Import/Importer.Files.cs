using Lantern.Data.Store;

namespace Lantern.Data.Import;

/// <summary>Many files in one import, and on PostgreSQL the overlap of one file's merge with the reading of the next.</summary>
internal sealed partial class Importer
{
    /// <summary>
    /// Imports files in the order given, each as <see cref="ImportFile"/> does (whole or not at all, in its own transaction,
    /// committed in the order given), and reports each file's result in that order.
    /// </summary>
    /// <remarks>
    /// On PostgreSQL a file's second half, the server's merge of its staged rows into the store and its commit, takes
    /// longer than its first half, reading it and copying its rows to the server; and each leaves the other side idle. So
    /// two files are under way at once, on two connections used in turn: while file N is merged and committed on one
    /// (on a pool thread), file N+1 is hashed, looked up, read and copied into its own transaction's staging tables on
    /// the other (on this thread). File N+1's merge begins only when file N has committed, so what it finds in the store
    /// (rows already present, labels, the force-export rule) is what a file-by-file import would find, and so are the
    /// store's ids. What file N+1's first half reads from the store that file N may be about to change waits for file
    /// N's commit: its hash lookup when its bytes are file N's (the same file twice, a zip and its folder), and the
    /// systems the store holds forces in when file N brings a new force. SQLite imports a file at a time: it already
    /// reads a file while it writes it (<see cref="ImportPipeline"/>), and it has one writer.
    /// </remarks>
    /// <param name="sources">The files, in the order they are imported and committed.</param>
    /// <param name="fallbackForce">As for <see cref="ImportFile"/>.</param>
    /// <param name="cancellationToken">Cancels the import: the file being read is rolled back; a file whose merge has begun
    /// is merged and committed (or rolled back if that fails) and reported before the cancellation is thrown, as one
    /// imported a file at a time would have been.</param>
    /// <param name="epsg">As for <see cref="ImportFile"/>.</param>
    /// <param name="progress">Receives a file's index and the bytes of it read so far (0 as it begins), on the calling thread.</param>
    /// <param name="imported">Receives a file's index and its result as each file ends, in the order given, on the calling thread.</param>
    public IReadOnlyList<FileImportResult> ImportFiles(IReadOnlyList<ImportSource> sources, string? fallbackForce,
        CancellationToken cancellationToken, int? epsg = null, Action<int, long>? progress = null, Action<int, FileImportResult>? imported = null)
    {
        var results = new List<FileImportResult>(sources.Count);
        void Report(int index, FileImportResult result)
        {
            results.Add(result);
            imported?.Invoke(index, result);
        }

        if (sources.Count > 1 && _store is PostgresStore server && server.OpenAnother() is { } other)
        {
            using (other)
            {
                ImportOverlapped([server, other], sources, fallbackForce, epsg, progress, Report, cancellationToken);
            }

            return results;
        }

        for (int i = 0; i < sources.Count; i++)
        {
            int index = i;
            progress?.Invoke(i, 0);
            Report(i, ImportFile(sources[i], progress is null ? null : bytes => progress(index, bytes), fallbackForce, cancellationToken, epsg));
        }

        return results;
    }

    /// <summary>The overlap (see <see cref="ImportFiles"/>'s remarks), on two connections to the same database.</summary>
    private void ImportOverlapped(LanternStore[] connections, IReadOnlyList<ImportSource> sources, string? fallbackForce, int? epsg,
        Action<int, long>? progress, Action<int, FileImportResult> report, CancellationToken cancellationToken)
    {
        StagedFile? waiting = null; // the file before: its merge running (merge), or finished in its first half (its Result)
        int waitingIndex = -1;
        Task<FileImportResult>? merge = null;
        StagedFile? current = null; // this file, until it is handed over to waiting

        // Waits for the file before to end, reports it, and closes what it held (rolling back a transaction not committed).
        void Settle()
        {
            if (waiting is not { } file)
            {
                return;
            }

            Task<FileImportResult>? merging = merge;
            waiting = null;
            merge = null;
            using (file)
            {
                // A staged file has either its result or a merge under way.
                FileImportResult result = file.Result ?? merging!.GetAwaiter().GetResult();
                if (file.Result is null && !result.Failed)
                {
                    progress?.Invoke(waitingIndex, file.Source.Length);
                }

                report(waitingIndex, result);
            }
        }

        try
        {
            for (int i = 0; i < sources.Count; i++)
            {
                int index = i;
                progress?.Invoke(i, 0);
                if (waiting?.Reader is { AdoptedCrs.Count: > 0 })
                {
                    Settle(); // the file before brings a force: this one reads the system it is held in once committed
                }

                current = Stage(connections[i % 2], sources[i], progress is null ? null : bytes => progress(index, bytes), fallbackForce, epsg,
                    sha256 =>
                    {
                        if (waiting?.Sha256 == sha256)
                        {
                            Settle(); // the same bytes as the file before: look them up once it has committed
                        }
                    },
                    cancellationToken);
                Settle();
                (waiting, waitingIndex, current) = (current, i, null);
                StagedFile staged = waiting;
                merge = staged.Result is null ? Task.Run(() => Commit(staged), CancellationToken.None) : null;
            }

            Settle();
        }
        catch (Exception) when (waiting is not null)
        {
            // Cancelled, or the store failed, while the file before was merging: it ends as it would have in a file-by-file
            // import (committed, or rolled back if its merge fails) and is reported if it was committed, before its
            // connection closes. A failure of its merge then comes second to the reason the import stopped.
            if (merge is { } m)
            {
                Task.WhenAny(m).GetAwaiter().GetResult();
            }

            if (merge is null or { IsCompletedSuccessfully: true })
            {
                Settle();
            }

            waiting?.Dispose();
            throw;
        }
        finally
        {
            current?.Dispose();
        }
    }
}
