namespace Lantern.Data.Import;

/// <summary>
/// A file found in a folder or an archive and not read, because it is not a police file (a README, a spreadsheet), and why.
/// It is reported, not counted as a failure. What operating systems leave behind (.DS_Store, Thumbs.db, __MACOSX/) is not
/// listed at all.
/// </summary>
/// <param name="Name">The path, or <c>archive.zip!entry</c>.</param>
/// <param name="Reason">Why it was not read.</param>
internal sealed record SkippedFile(string Name, string Reason)
{
    /// <summary>The reason for a file that is neither .csv nor .zip.</summary>
    public const string NotCsvOrZip = "not a .csv or .zip";
}
