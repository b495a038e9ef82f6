using System.Globalization;
using System.IO.Compression;
using System.IO.Enumeration;

namespace Lantern.Data.Import;

/// <summary>
/// Expands what a user names (files, folders in data.police.uk's download layout, .zip archives of that layout) into
/// the CSV files to import, in a stable order so that the same command always imports in the same order. A .zip is held
/// to <see cref="ZipLimits"/>: an archive past them is an error here; an entry past them becomes a source that fails
/// when opened, so it is reported as that file's error and the other files are imported. Other files in a folder or archive
/// (a README, a spreadsheet) are listed as skipped; what an operating system leaves there is passed over without a word.
/// </summary>
internal static class ImportSources
{
    /// <summary>
    /// Expands the paths; a path that does not exist or holds no CSV is an error naming it. Dispose the list when done:
    /// it holds the archive being read open.
    /// </summary>
    /// <param name="paths">Files, folders and archives, as given.</param>
    /// <param name="errors">What could not be expanded, one message per path.</param>
    /// <param name="zipLimits">The caps on .zip archives; <see cref="ZipLimits.Default"/> unless a test lowers them.</param>
    public static ImportSourceList Expand(IEnumerable<string> paths, out IReadOnlyList<string> errors, ZipLimits? zipLimits = null)
    {
        ZipLimits limits = zipLimits ?? ZipLimits.Default;
        var sources = new ImportSourceList();
        var problems = new List<string>();
        foreach (string path in paths)
        {
            int before = sources.Count;
            int problemsBefore = problems.Count;
            if (Directory.Exists(path))
            {
                foreach (string f in FilesUnder(path).Where(f => !IsLitter(Path.GetRelativePath(path, f))).Order(StringComparer.Ordinal))
                {
                    if (IsCsv(f) || IsZip(f))
                    {
                        AddFile(f, limits, sources, problems);
                    }
                    else
                    {
                        sources.Skip(f); // a README, a spreadsheet: told, not read
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (!IsCsv(path) && !IsZip(path))
                {
                    problems.Add($"{path}: not a .csv file, a .zip archive or a folder");
                    continue;
                }

                AddFile(path, limits, sources, problems);
            }
            else
            {
                problems.Add($"{path}: no such file or folder");
                continue;
            }

            if (sources.Count == before && problems.Count == problemsBefore)
            {
                problems.Add($"{path}: holds no .csv files");
            }
        }

        errors = problems;
        return sources;
    }

    private static void AddFile(string path, ZipLimits limits, ImportSourceList sources, List<string> problems)
    {
        if (IsCsv(path))
        {
            sources.Add(new ImportSource(path, new FileInfo(path).Length,
                () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan)));
            return;
        }

        using FileStream file = File.OpenRead(path);
        long? declared = ZipDirectory.DeclaredEntries(file);
        if (declared is null)
        {
            problems.Add($"{path}: not a .zip archive (it has no end-of-archive record: damaged, or cut short in the download?)");
            return;
        }

        if (declared > limits.MaxEntries)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{path}: holds {declared:N0} entries, more than the {limits.MaxEntries:N0} an archive may " +
                $"(data.police.uk's largest download holds about 5,000): not read"));
            return;
        }

        List<(string Name, long Length, long Compressed)> entries;
        List<string> others;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var files = zip.Entries.Where(e => !e.FullName.EndsWith('/') && !IsLitter(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            entries = [.. files.Where(e => IsCsv(e.FullName) || IsZip(e.FullName)).Select(e => (e.FullName, e.Length, e.CompressedLength))];
            others = [.. files.Where(e => !IsCsv(e.FullName) && !IsZip(e.FullName)).Select(e => e.FullName)];
        }
        catch (InvalidDataException e)
        {
            problems.Add($"{path}: not a readable .zip archive: {e.Message}");
            return;
        }

        // Each entry is held to the ratio, but entries under RatioFromBytes are not: many small ones are held to it together.
        long total = entries.Where(e => IsCsv(e.Name)).Sum(e => e.Length);
        if (total > limits.RatioFromBytes && total > (double)limits.MaxRatio * file.Length)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{path}: its .csv files expand to {total:N0} bytes from an archive of {file.Length:N0}, over {limits.MaxRatio}:1 " +
                $"where police CSVs compress about 5:1: refused as a possible zip bomb"));
            return;
        }

        if (total > limits.MaxArchiveBytes)
        {
            // Named by the entry at which the running total passes the cap: the files before it fit.
            long sum = 0;
            string past = entries.Where(e => IsCsv(e.Name)).First(e => (sum += e.Length) > limits.MaxArchiveBytes).Name;
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{path}: its .csv files expand to {total:N0} bytes, more than the {limits.MaxArchiveBytes:N0} an archive may " +
                $"(data.police.uk's whole download is a few GB), passing it at {path}!{past}: refused whole as a possible zip bomb " +
                $"(raise the cap with --max-unzipped-gb, or import it in parts)"));
            return;
        }

        foreach ((string entryName, long length, long compressed) in entries)
        {
            string name = $"{path}!{entryName}";
            string? nested = IsZip(entryName) ? "an archive inside an archive is not read: unzip the outer one and import what it holds" : null;
            sources.Add((nested ?? limits.Refusal(length, compressed)) is { } why
                ? new ImportSource(name, 0, () => throw new ZipEntryRefusedException(name, why))
                : new ImportSource(name, length, () => sources.OpenEntry(path, entryName, name)));
        }

        foreach (string other in others)
        {
            sources.Skip($"{path}!{other}");
        }
    }

    // Every file under a folder, following no symbolic link to a folder: a link back up (a loop) would list the same files
    // again at every depth until the system's limit. A folder that cannot be read is an error (IOException), not skipped.
    private static FileSystemEnumerable<string> FilesUnder(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    // What operating systems and editors leave in folders and archives, which nobody meant to import: macOS's .DS_Store,
    // its AppleDouble "._" twins (named .csv, but binary) and __MACOSX/ folder in zips it makes, Windows' Thumbs.db and
    // desktop.ini, the lock files of a CSV open in Excel ("~$name.csv", binary) or in Emacs (".#name.csv", a link to
    // nothing), and other hidden files that are not .csv. Not read and not listed. The path is relative to what was named.
    private static bool IsLitter(string relative)
    {
        string[] parts = relative.Split('/', '\\');
        string name = parts[^1];
        return parts.Any(p => p.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase))
            || name.StartsWith("._", StringComparison.Ordinal)
            || name.StartsWith("~$", StringComparison.Ordinal)
            || name.StartsWith(".#", StringComparison.Ordinal)
            || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
            || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith('.') && !IsCsv(name) && !IsZip(name));
    }

    private static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsZip(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
