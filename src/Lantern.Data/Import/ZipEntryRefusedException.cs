namespace Lantern.Data.Import;

/// <summary>
/// A .zip entry refused while it was read: it expanded past <see cref="ZipLimits"/> or is damaged, so it fails whole.
/// </summary>
internal sealed class ZipEntryRefusedException(string entry, string reason, Exception? inner = null)
    : ImportSourceException(entry, Field, reason, inner)
{
    /// <summary>The field named in a zip entry's error: the fault is the entry's, not a column's.</summary>
    public const string Field = "(zip entry)";
}
