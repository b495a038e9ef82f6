using Lantern.Data.Formats;

namespace Lantern.Data.Import;

/// <summary>
/// A file whose read failed part way through (a failing disk or network share, a file cut short under the reader):
/// thrown from the file's stream (<see cref="HashingReadStream"/>) and turned into the file's
/// <see cref="FileImportResult.Error"/> by <see cref="Importer"/>, so that file is rolled back and the next is imported.
/// Only a read of the file being imported is wrapped so: an error of the store's own stops the command as before.
/// </summary>
internal sealed class SourceReadException : IOException
{
    /// <summary>The field named in the error: the fault is the file's, not a column's.</summary>
    public const string Field = "(file)";

    public SourceReadException(string file, string reason, Exception? inner = null)
        : base($"{file}: {reason}", inner) => Error = new FileError(file, 1, Field, reason);

    /// <summary>The error: the file, and why.</summary>
    public FileError Error { get; }
}
