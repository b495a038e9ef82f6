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

        IReadOnlyList<ImportSource> sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors, ZipLimits.Default with { MaxEntries = 10 });

        Assert.Empty(sources);
        Assert.Equal($"{zip}: holds 11 entries, more than the 10 an archive may (data.police.uk's largest download holds about 5,000): not read",
            Assert.Single(errors));
    }

    [Fact]
    public void Expand_ZipAtTheEntryCap_IsRead()
    {
        // Ten entries against a cap of ten: the cap is a most, not a less-than.
        string zip = TestZips.Write(Path.Combine(_dir, "ten.zip"), Enumerable.Range(0, 10).Select(i => ($"2024-07/{i:D2}.csv", Header)));

        IReadOnlyList<ImportSource> sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors, ZipLimits.Default with { MaxEntries = 10 });

        Assert.Empty(errors);
        Assert.Equal(10, sources.Count);
        Assert.Equal($"{zip}!2024-07/00.csv", sources[0].Name);
    }

    [Fact]
    public void Expand_ZipWhoseSmallEntriesTogetherPassTheRatio_IsRefusedWhole()
    {
        // Each entry is under RatioFromBytes, so none is held to the ratio alone; together they are.
        string row = "aa01,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,\n";
        string text = Header + string.Concat(Enumerable.Repeat(row, 100));
        string zip = TestZips.Write(Path.Combine(_dir, "small.zip"), Enumerable.Range(0, 20).Select(i => ($"{i:D2}.csv", text)));
        var limits = new ZipLimits(MaxEntries: 100, MaxEntryBytes: 1 << 20, MaxRatio: 5, RatioFromBytes: text.Length);

        ImportSources.Expand([zip], out IReadOnlyList<string> errors, limits);

        string error = Assert.Single(errors);
        Assert.StartsWith($"{zip}: its .csv files expand to {20 * text.Length:N0} bytes from an archive of ", error, StringComparison.Ordinal);
        Assert.EndsWith("over 5:1 where police CSVs compress about 5:1: refused as a possible zip bomb", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_FileNamedZipThatIsNot_IsAnErrorNamingIt()
    {
        string zip = Path.Combine(_dir, "2024-07.zip");
        File.WriteAllText(zip, Header);

        ImportSources.Expand([zip], out IReadOnlyList<string> errors);

        Assert.Equal($"{zip}: not a .zip archive (it has no end-of-archive record: damaged, or cut short in the download?)", Assert.Single(errors));
    }

    [Fact]
    public void Expand_ZipCutShort_IsAnErrorNamingIt()
    {
        // The end record survives (the last bytes) but the central directory it points to does not.
        string zip = TestZips.Write(Path.Combine(_dir, "cut.zip"), [("a.csv", Header), ("b.csv", Header)]);
        byte[] bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(zip, [.. bytes.AsSpan(0, 40), .. bytes.AsSpan(bytes.Length - 22)]);

        ImportSources.Expand([zip], out IReadOnlyList<string> errors);

        Assert.StartsWith($"{zip}: not a readable .zip archive: ", Assert.Single(errors), StringComparison.Ordinal);
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
