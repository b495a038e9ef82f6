using System.Data.Common;
using Lantern.Data.Formats;
using Lantern.Data.Store;

namespace Lantern.Data.Import;

/// <summary>
/// A file between its two halves of an import (<see cref="Importer"/>): read and handed to its row writer inside its own
/// transaction on <see cref="Store"/>'s connection, not yet merged nor committed; or finished already (<see cref="Result"/>:
/// imported before, or the file's error), with nothing left open. Disposing it rolls back whatever was not committed.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    public StagedFile(ImportSource source, LanternStore store)
    {
        Source = source;
        Store = store;
    }

    public ImportSource Source { get; }

    /// <summary>The store (and so the connection) the file's transaction is on.</summary>
    public LanternStore Store { get; }

    /// <summary>The file's SHA-256, once hashed.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The file's result when it ends before its merge; null while it waits for one.</summary>
    public FileImportResult? Result { get; set; }

    public PoliceFileReader? Reader { get; set; }

    public DbTransaction? Transaction { get; set; }

    public StoreRowWriter? Writer { get; set; }

    public long FileId { get; set; }

    /// <summary>The stream the file was opened as: what <see cref="Hashing"/> reads from.</summary>
    public Stream? Opened { get; set; }

    /// <summary>The second read of the file, hashed as it is read and held to <see cref="Sha256"/>.</summary>
    public HashingReadStream? Hashing { get; set; }

    /// <summary>Closes the file (its rows are all read): a zip's entry or a file's handle is not held while the file waits for its merge.</summary>
    public void CloseSource()
    {
        Hashing?.Dispose();
        Hashing = null;
        Opened?.Dispose();
        Opened = null;
    }

    public void Dispose()
    {
        // The writer first: disposing a COPY not completed cancels it, before the transaction rolls the file back.
        Writer?.Dispose();
        Writer = null;
        Transaction?.Dispose();
        Transaction = null;
        Reader?.Dispose();
        Reader = null;
        CloseSource();
    }
}
