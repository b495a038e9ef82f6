using System.IO.Compression;

namespace Lantern.Data.Import;

/// <summary>
/// Expands what a user names (files, folders in data.police.uk's download layout, .zip archives of that layout) into
/// the CSV files to import, in a stable order so that the same command always imports in the same order.
/// </summary>
internal static class ImportSources
{
    /// <summary>Expands the paths; a path that does not exist or holds no CSV is an error naming it.</summary>
    public static IReadOnlyList<ImportSource> Expand(IEnumerable<string> paths, out IReadOnlyList<string> errors)
    {
        var sources = new List<ImportSource>();
        var problems = new List<string>();
        foreach (string path in paths)
        {
            int before = sources.Count;
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IsCsv(f) || IsZip(f))
                    .Order(StringComparer.Ordinal);
                foreach (string f in files)
                {
                    AddFile(f, sources);
                }
            }
            else if (File.Exists(path))
            {
                if (!IsCsv(path) && !IsZip(path))
                {
                    problems.Add($"{path}: not a .csv file, a .zip archive or a folder");
                    continue;
                }

                AddFile(path, sources);
            }
            else
            {
                problems.Add($"{path}: no such file or folder");
                continue;
            }

            if (sources.Count == before)
            {
                problems.Add($"{path}: holds no .csv files");
            }
        }

        errors = problems;
        return sources;
    }

    private static void AddFile(string path, List<ImportSource> sources)
    {
        if (IsCsv(path))
        {
            sources.Add(new ImportSource(path, new FileInfo(path).Length,
                () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan)));
            return;
        }

        using ZipArchive zip = ZipFile.OpenRead(path);
        foreach (ZipArchiveEntry entry in zip.Entries.Where(e => IsCsv(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            string entryName = entry.FullName;
            sources.Add(new ImportSource($"{path}!{entryName}", entry.Length, () => OpenEntry(path, entryName)));
        }
    }

    private static ZipEntryStream OpenEntry(string zipPath, string entryName)
    {
        ZipArchive zip = ZipFile.OpenRead(zipPath);
        ZipArchiveEntry entry = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"{zipPath}: entry {entryName} has gone");
        return new ZipEntryStream(zip, entry.Open());
    }

    private static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsZip(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
