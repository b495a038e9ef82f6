using System.Collections;
using System.IO.Compression;

namespace Lantern.Data.Import;

/// <summary>
/// The files <see cref="ImportSources.Expand"/> found, in import order. It keeps the .zip being read open from one of its
/// entries to the next, because opening an archive reads its whole central directory: opened again for each entry (twice:
/// to hash it, then to read it) a download of 5,000 files spent 105 s of 130 s doing that, and an archive at the entry cap
/// would take hours. Opening an entry of another archive closes the one before, so one archive at most is open; disposing
/// closes it. Not thread safe: entries are read one at a time, as <see cref="Importer"/> does.
/// </summary>
internal sealed class ImportSourceList : IReadOnlyList<ImportSource>, IDisposable
{
    private readonly List<ImportSource> _sources = [];
    private readonly List<SkippedFile> _skipped = [];
    private string? _openPath;
    private ZipArchive? _open;

    public int Count => _sources.Count;

    public ImportSource this[int index] => _sources[index];

    /// <summary>The files found and not read (not .csv or .zip), in the order found, for the report.</summary>
    public IReadOnlyList<SkippedFile> Skipped => _skipped;

    public IEnumerator<ImportSource> GetEnumerator() => _sources.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => CloseArchive();

    internal void Add(ImportSource source) => _sources.Add(source);

    internal void Skip(string name) => _skipped.Add(new SkippedFile(name, SkippedFile.NotCsvOrZip));

    /// <summary>Opens an entry of an archive, held to the size it declares (<see cref="ZipEntryStream"/>).</summary>
    /// <param name="zipPath">The archive.</param>
    /// <param name="entryName">The entry's full name in it.</param>
    /// <param name="name">archive.zip!entry, for errors.</param>
    internal Stream OpenEntry(string zipPath, string entryName, string name)
    {
        if (_open is null || !string.Equals(_openPath, zipPath, StringComparison.Ordinal))
        {
            CloseArchive();
            _open = ZipFile.OpenRead(zipPath);
            _openPath = zipPath;
        }

        ZipArchiveEntry entry = _open.GetEntry(entryName) ?? throw new FileNotFoundException($"{zipPath}: entry {entryName} has gone");
        try
        {
            return new ZipEntryStream(entry.Open(), name, entry.Length, entry.Crc32);
        }
        catch (InvalidDataException e)
        {
            // Compressed in a way System.IO.Compression does not read, or a damaged local header.
            throw new ZipEntryRefusedException(name, $"cannot be read: {e.Message}", e);
        }
    }

    private void CloseArchive()
    {
        _open?.Dispose();
        _open = null;
        _openPath = null;
    }
}
