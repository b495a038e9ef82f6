using Lantern.Data.Formats;

namespace Lantern.Data.Import;

/// <summary>
/// A fault of the file being imported, found while it was read: thrown from the file's stream (a read has no other way
/// to stop) and turned into the file's <see cref="FileImportResult.Error"/> by <see cref="Importer"/>, so that the file
/// is rolled back whole and the import goes on with the next. An error of the store's own stops the command instead.
/// </summary>
internal abstract class ImportSourceException : IOException
{
    private protected ImportSourceException(string file, string field, string reason, Exception? inner)
        : base($"{file}: {reason}", inner) => Error = new FileError(file, 1, field, reason);

    /// <summary>The error: the file (or archive.zip!entry), the field that names the fault's kind, and why.</summary>
    public FileError Error { get; }
}
