using Lantern.Data.Formats;

namespace Lantern.Data.Import;

/// <summary>
/// A .zip entry refused while it was read: it expanded past <see cref="ZipLimits"/> or is damaged. Thrown from the
/// entry's stream (a read has no other way to stop) and turned into the file's <see cref="FileImportResult.Error"/> by
/// <see cref="Importer"/>, so the entry fails whole and the import goes on with the next file.
/// </summary>
internal sealed class ZipEntryRefusedException : IOException
{
    /// <summary>The field named in a zip entry's error: the fault is the entry's, not a column's.</summary>
    public const string Field = "(zip entry)";

    public ZipEntryRefusedException(string entry, string reason, Exception? inner = null)
        : base($"{entry}: {reason}", inner) => Error = new FileError(entry, 1, Field, reason);

    /// <summary>The error: the entry (archive.zip!folder/file.csv), and why.</summary>
    public FileError Error { get; }
}
