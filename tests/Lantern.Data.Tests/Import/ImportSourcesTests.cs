using System.IO.Compression;
using Lantern.Data.Import;

namespace Lantern.Data.Tests.Import;

/// <summary>Expanding paths into files to import, and the caps that refuse a .zip bomb before anything is read.</summary>
public sealed class ImportSourcesTests : IDisposable
{
    private const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("lantern-sources-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Expand_ZipWithMoreEntriesThanTheCap_IsRefusedWhole_NamingIt()
    {
        string zip = TestZips.Write(Path.Combine(_dir, "many.zip"), Enumerable.Range(0, 11).Select(i => ($"2024-07/{i:D2}.csv", Header)));

        using ImportSourceList sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors, ZipLimits.Default with { MaxEntries = 10 });

        Assert.Empty(sources);
        Assert.Equal($"{zip}: holds 11 entries, more than the 10 an archive may (data.police.uk's largest download holds about 5,000): not read",
            Assert.Single(errors));
    }

    [Fact]
    public void Expand_FolderWithALinkBackUp_ListsEachFileOnce()
    {
        // A symbolic link to a parent folder would list the same files again at every depth, forty times over.
        string folder = Directory.CreateDirectory(Path.Combine(_dir, "police", "2024-07")).FullName;
        File.WriteAllText(Path.Combine(folder, "2024-07-gwent-street.csv"), Header);
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), Path.Combine(_dir, "police"));

        using ImportSourceList sources = ImportSources.Expand([Path.Combine(_dir, "police")], out IReadOnlyList<string> errors);

        Assert.Empty(errors);
        Assert.Equal(Path.Combine(folder, "2024-07-gwent-street.csv"), Assert.Single(sources).Name);
    }

    [Fact]
    public void Expand_ZipInsideAZip_IsThatEntrysErrorNotSkipped()
    {
        string inner = TestZips.Write(Path.Combine(_dir, "inner.zip"), [("2024-07/x.csv", Header)]);
        string outer = Path.Combine(_dir, "outer.zip");
        using (ZipArchive zip = ZipFile.Open(outer, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(inner, "2024-07/inner.zip");
            using var writer = new StreamWriter(zip.CreateEntry("2024-07/y.csv").Open());
            writer.Write(Header);
        }

        using ImportSourceList sources = ImportSources.Expand([outer], out IReadOnlyList<string> errors);

        Assert.Empty(errors);
        Assert.Equal([$"{outer}!2024-07/inner.zip", $"{outer}!2024-07/y.csv"], sources.Select(s => s.Name));
        ZipEntryRefusedException refused = Assert.Throws<ZipEntryRefusedException>(() => sources[0].Open());
        Assert.StartsWith("an archive inside an archive is not read", refused.Error.Reason);
    }

    [Fact]
    public void Expand_ZipAtTheEntryCap_IsRead()
    {
        // Ten entries against a cap of ten: the cap is a most, not a less-than.
        string zip = TestZips.Write(Path.Combine(_dir, "ten.zip"), Enumerable.Range(0, 10).Select(i => ($"2024-07/{i:D2}.csv", Header)));

        using ImportSourceList sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors, ZipLimits.Default with { MaxEntries = 10 });

        Assert.Empty(errors);
        Assert.Equal(10, sources.Count);
        Assert.Equal($"{zip}!2024-07/00.csv", sources[0].Name);
    }

    [Fact]
    public void Expand_FolderOfTwoZips_EveryEntryReadsWhole_InAnyOrder()
    {
        // The list keeps one archive open between entries and swaps it for another's: each entry opened twice as the
        // importer does (hash, then read), then out of order.
        string folder = Directory.CreateDirectory(Path.Combine(_dir, "downloads")).FullName;
        TestZips.Write(Path.Combine(folder, "a.zip"), [("2024-07/a1.csv", Header + "a1\n"), ("2024-07/a2.csv", Header + "a2\n")]);
        TestZips.Write(Path.Combine(folder, "b.zip"), [("2024-07/b1.csv", Header + "b1\n")]);
        using ImportSourceList sources = ImportSources.Expand([folder], out IReadOnlyList<string> errors);
        Assert.Empty(errors);

        string[] read = [.. sources.SelectMany(s => new[] { Read(s), Read(s) }), Read(sources[0]), Read(sources[2]), Read(sources[1])];

        Assert.Equal(["a1", "a1", "a2", "a2", "b1", "b1", "a1", "b1", "a2"], read.Select(t => t[Header.Length..].Trim()));
        Assert.Equal(["a.zip!2024-07/a1.csv", "a.zip!2024-07/a2.csv", "b.zip!2024-07/b1.csv"], sources.Select(s => Path.GetRelativePath(folder, s.Name)));

        static string Read(ImportSource source)
        {
            using var reader = new StreamReader(source.Open());
            return reader.ReadToEnd();
        }
    }

    [Fact]
    public void Expand_ZipWhoseSmallEntriesTogetherPassTheRatio_IsRefusedWhole()
    {
        // Each entry is under RatioFromBytes, so none is held to the ratio alone; together they are.
        string row = "aa01,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,\n";
        string text = Header + string.Concat(Enumerable.Repeat(row, 100));
        string zip = TestZips.Write(Path.Combine(_dir, "small.zip"), Enumerable.Range(0, 20).Select(i => ($"{i:D2}.csv", text)));
        var limits = new ZipLimits(MaxEntries: 100, MaxEntryBytes: 1 << 20, MaxRatio: 5, RatioFromBytes: text.Length);

        using ImportSourceList sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors, limits);

        Assert.Empty(sources);

        string error = Assert.Single(errors);
        Assert.StartsWith($"{zip}: its .csv files expand to {20 * text.Length:N0} bytes from an archive of ", error, StringComparison.Ordinal);
        Assert.EndsWith("over 5:1 where police CSVs compress about 5:1: refused as a possible zip bomb", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_ZipPastTheAbsoluteCap_IsRefusedWhole_NamingTheEntryThatPassesIt()
    {
        // Each entry within every other cap, and the archive within its ratio: only the total is too much.
        string text = Header + string.Concat(Enumerable.Range(0, 50).Select(i => $"id{i},2024-07,Gwent Police\n"));
        string zip = TestZips.Write(Path.Combine(_dir, "big.zip"), Enumerable.Range(0, 3).Select(i => ($"2024-07/{i}.csv", text)));
        var limits = new ZipLimits(MaxEntries: 100, MaxEntryBytes: 1 << 20, MaxRatio: 100, RatioFromBytes: 1 << 20, MaxArchiveBytes: (5 * text.Length) / 2);

        using ImportSourceList sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors, limits);

        Assert.Empty(sources);
        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{zip}: its .csv files expand to {3 * text.Length:N0} bytes, more than the {limits.MaxArchiveBytes:N0} an archive may " +
            $"(data.police.uk's whole download is a few GB), passing it at {zip}!2024-07/2.csv: refused whole as a possible zip bomb " +
            $"(raise the cap with --max-unzipped-gb, or import it in parts)"), Assert.Single(errors));
        using ImportSourceList atTheCap = ImportSources.Expand([zip], out errors, limits with { MaxArchiveBytes = 3 * text.Length });
        Assert.Empty(errors);
        Assert.Equal(3, atTheCap.Count);
    }

    [Fact]
    public void Expand_FileNamedZipThatIsNot_IsAnErrorNamingIt()
    {
        string zip = Path.Combine(_dir, "2024-07.zip");
        File.WriteAllText(zip, Header);

        using ImportSourceList sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors);

        Assert.Empty(sources);

        Assert.Equal($"{zip}: not a .zip archive (it has no end-of-archive record: damaged, or cut short in the download?)", Assert.Single(errors));
    }

    [Fact]
    public void Expand_ZipCutShort_IsAnErrorNamingIt()
    {
        // The end record survives (the last bytes) but the central directory it points to does not.
        string zip = TestZips.Write(Path.Combine(_dir, "cut.zip"), [("a.csv", Header), ("b.csv", Header)]);
        byte[] bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(zip, [.. bytes.AsSpan(0, 40), .. bytes.AsSpan(bytes.Length - 22)]);

        using ImportSourceList sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors);

        Assert.Empty(sources);

        Assert.StartsWith($"{zip}: not a readable .zip archive: ", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_FolderWithOtherFiles_ListsThemAsSkipped_AndOsLitterNotAtAll()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_dir, "police", "2024-07")).FullName;
        string street = Path.Combine(folder, "2024-07-gwent-street.csv");
        File.WriteAllText(street, Header);
        File.WriteAllText(Path.Combine(_dir, "police", "README.txt"), "read me");
        File.WriteAllText(Path.Combine(folder, "2024-07-gwent-street.xlsx"), "PK");
        File.WriteAllText(Path.Combine(folder, ".DS_Store"), "\0");
        File.WriteAllText(Path.Combine(folder, "._2024-07-gwent-street.csv"), "\0\u0005\u0016\u0007"); // macOS's AppleDouble twin
        File.WriteAllText(Path.Combine(folder, "Thumbs.db"), "\0");
        File.WriteAllText(Path.Combine(folder, "~$2024-07-gwent-street.csv"), "\u0007analyst"); // Excel's lock file while the CSV is open
        File.CreateSymbolicLink(Path.Combine(folder, ".#2024-07-gwent-street.csv"), "analyst@host.1234"); // Emacs's, a link to nothing
        Directory.CreateDirectory(Path.Combine(_dir, "police", "__MACOSX", "2024-07"));
        File.WriteAllText(Path.Combine(_dir, "police", "__MACOSX", "2024-07", "2024-07-gwent-street.csv"), "\0");

        using ImportSourceList sources = ImportSources.Expand([Path.Combine(_dir, "police")], out IReadOnlyList<string> errors);

        Assert.Empty(errors);
        Assert.Equal(street, Assert.Single(sources).Name);
        Assert.Equal(
            [new SkippedFile(Path.Combine(folder, "2024-07-gwent-street.xlsx"), "not a .csv or .zip"), new SkippedFile(Path.Combine(_dir, "police", "README.txt"), "not a .csv or .zip")],
            sources.Skipped);
    }

    [Fact]
    public void Expand_ZipWithOtherFiles_ListsThemAsSkipped_AndOsLitterNotAtAll()
    {
        string zip = TestZips.Write(Path.Combine(_dir, "mac.zip"),
        [
            ("2024-07/2024-07-gwent-street.csv", Header),
            ("2024-07/notes.json", "{}"),
            ("__MACOSX/2024-07/._2024-07-gwent-street.csv", "\0"),
            (".DS_Store", "\0"),
            ("2024-07/~$2024-07-gwent-street.csv", "\u0007analyst"),
            ("2024-07/", string.Empty),
        ]);

        using ImportSourceList sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors);

        Assert.Empty(errors);
        Assert.Equal($"{zip}!2024-07/2024-07-gwent-street.csv", Assert.Single(sources).Name);
        Assert.Equal([new SkippedFile($"{zip}!2024-07/notes.json", "not a .csv or .zip")], sources.Skipped);
    }

    [Fact]
    public void DeclaredEntries_ReadFromTheEndRecord_PastAnArchiveComment()
    {
        string zip = Path.Combine(_dir, "comment.zip");
        using (ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.Comment = new string('x', 1000); // the record is then 1,000 bytes before the end
            archive.CreateEntry("a.csv");
            archive.CreateEntry("b.csv");
            archive.CreateEntry("c/");
        }

        using FileStream file = File.OpenRead(zip);
        Assert.Equal(3, ZipDirectory.DeclaredEntries(file));
    }
}
