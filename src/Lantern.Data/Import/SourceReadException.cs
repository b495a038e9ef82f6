namespace Lantern.Data.Import;

/// <summary>
/// A file whose read failed part way through (a failing disk or network share, a file cut short under the reader):
/// thrown from its stream (<see cref="HashingReadStream"/>).
/// </summary>
internal sealed class SourceReadException(string file, string reason, Exception? inner = null)
    : ImportSourceException(file, Field, reason, inner)
{
    /// <summary>The field named in the error: the fault is the file's, not a column's.</summary>
    public const string Field = "(file)";
}
