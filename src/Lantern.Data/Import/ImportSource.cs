namespace Lantern.Data.Import;

/// <summary>One file to import: a file on disk or an entry of a .zip archive.</summary>
internal sealed class ImportSource
{
    private readonly Func<Stream> _open;

    public ImportSource(string name, long length, Func<Stream> open)
    {
        Name = name;
        Length = length;
        _open = open;
        FileName = System.IO.Path.GetFileName(name.Replace('!', '/'));
    }

    private ImportSource(string name, ImportSource source)
    {
        Name = name;
        Length = source.Length;
        _open = source._open;
        FileName = source.FileName;
    }

    /// <summary>The path, or <c>archive.zip!entry/path.csv</c> for a zip entry.</summary>
    public string Name { get; }

    /// <summary>Size in bytes (uncompressed), for progress.</summary>
    public long Length { get; }

    /// <summary>The file name without folders, which carries month, force and kind in data.police.uk's layout.</summary>
    public string FileName { get; }

    public Stream Open() => _open();

    /// <summary>
    /// The same file recorded under another name (an upload's, rather than its temporary path), keeping the file name
    /// that says its month, force and kind.
    /// </summary>
    public ImportSource RecordedAs(string name) => new(name, this);
}
