using System.Globalization;
using System.Security.Cryptography;
using Lantern.Data.Import;
using Lantern.Data.Store;
using Lantern.Data.Tests.Import;

namespace Lantern.Data.Tests.Store;

public abstract partial class StoreTests
{
    [StoreFact]
    public void Import_ZipEntryPastTheRatio_IsRefusedNamingZipAndEntry_AndTheOtherFileIsImported()
    {
        // Ten thousand identical rows deflate over 100:1: a bomb's shape, at a test's size. The cap is lowered to 20:1 from
        // 64 kB so that a small file passes it. Random hex (2:1) in a file that is not imported keeps the whole archive
        // within 20:1, so that it is the entry that is refused.
        string good = string.Join('\n', [StreetHeader, Street("aa01", "2024-07"), Street("aa02", "2024-07")]) + "\n";
        string bomb = StreetHeader + "\n" + string.Concat(Enumerable.Repeat(Street("aa03", "2024-08") + "\n", 10_000));
        string noise = RandomNumberGenerator.GetHexString(200_000);
        string zip = TestZips.Write(WriteFile("bomb.zip"),
            [("2024-07/2024-07-gwent-street.csv", good), ("2024-08/2024-08-gwent-street.csv", bomb), ("README.txt", noise)]);
        var limits = new ZipLimits(MaxEntries: 10, MaxEntryBytes: 1L << 30, MaxRatio: 20, RatioFromBytes: 1 << 16);
        using LanternStore store = Open();

        FileImportResult[] results = ImportZip(store, zip, limits);

        Assert.Equal((2L, false), (results[0].RowsImported, results[0].Failed));
        FileImportResult refused = results[1];
        Assert.Equal($"{zip}!2024-08/2024-08-gwent-street.csv", refused.Error?.File);
        Assert.Equal("(zip entry)", refused.Error?.Field);
        Assert.Matches($"^expands from [0-9,]+ to {bomb.Length:N0} bytes, over 20:1 where police CSVs compress about 5:1: refused as a possible zip bomb$",
            refused.Error?.Reason);
        Assert.Equal(0, refused.RowsImported);
        Assert.Equal((2L, 1L), (Count(store, "crime"), Count(store, "source_file")));
    }

    [StoreFact]
    public void Import_ZipEntryPastTheSizeCap_IsRefused_NothingOfItStored()
    {
        string text = StreetHeader + "\n" + string.Concat(Enumerable.Range(0, 200).Select(i => Street($"id{i:D4}", "2024-07") + "\n"));
        string zip = TestZips.Write(WriteFile("big.zip"), [("2024-07-gwent-street.csv", text)]);
        using LanternStore store = Open();

        FileImportResult r = Assert.Single(ImportZip(store, zip, ZipLimits.Default with { MaxEntryBytes = 10_000 }));

        Assert.Equal(string.Create(CultureInfo.InvariantCulture,
            $"expands to {text.Length:N0} bytes, more than the 10,000 a .zip entry may: refused as a possible zip bomb (unzip it and import the file itself)"),
            r.Error?.Reason);
        Assert.Equal((0L, 0L, 0L), (Count(store, "crime"), Count(store, "source_file"), Count(store, "reject")));
    }

    [StoreFact]
    public void Import_ZipEntryHoldingMoreThanItDeclares_IsRefusedWhileRead_NothingOfItStored()
    {
        // A stored entry declaring 300 bytes (within every cap) but holding 20 kB: System.IO.Compression reads it all, so only
        // the count of what was read stops it.
        string text = StreetHeader + "\n" + string.Concat(Enumerable.Range(0, 100).Select(i => Street($"id{i:D4}", "2024-07") + "\n"));
        string zip = TestZips.WriteLyingAboutSize(WriteFile("forged.zip"), "2024-07-gwent-street.csv", text, declared: 300);
        using LanternStore store = Open();

        FileImportResult r = Assert.Single(ImportZip(store, zip, ZipLimits.Default));

        Assert.Equal(new Lantern.Data.Formats.FileError($"{zip}!2024-07-gwent-street.csv", 1, "(zip entry)",
            "holds more than the 300 bytes the archive declares for it: the archive is damaged or forged"), r.Error);
        Assert.Equal((0L, 0L, 0L), (Count(store, "crime"), Count(store, "source_file"), Count(store, "reject")));
    }

    [StoreFact]
    public void Import_ZipEntryWhoseBytesDoNotMatchItsCrc_IsRefusedAsDamaged_NothingStored()
    {
        // One character changed in a stored entry ("2024-07" becomes "2024-06" in a row): the file still parses, so only
        // the CRC-32 the archive recorded shows that it is not what was put in.
        string text = StreetHeader + "\n" + Street("aa01", "2024-07") + "\n" + Street("aa02", "2024-07") + "\n";
        string zip = TestZips.WriteWithAFlippedByte(WriteFile("flipped.zip"), "2024-07-gwent-street.csv", text, text.IndexOf("2024-07", StringComparison.Ordinal) + 6);
        using LanternStore store = Open();

        FileImportResult r = Assert.Single(ImportZip(store, zip, ZipLimits.Default));

        Assert.Equal("(zip entry)", r.Error?.Field);
        Assert.Matches("^is damaged: its CRC-32 is [0-9a-f]{8}, the archive records [0-9a-f]{8}$", r.Error?.Reason);
        Assert.Equal((0L, 0L, 0L), (Count(store, "crime"), Count(store, "source_file"), Count(store, "reject")));
    }

    [StoreFact]
    public void Import_ZipEntryWhoseDeflatedDataIsCorrupt_IsThatEntrysError_TheOtherIsImported()
    {
        // Bytes in the middle of a deflated entry overwritten (a bad sector, a damaged download): inflating fails part way or
        // gives other bytes. Either way that entry fails whole and the next is read.
        string text = StreetHeader + "\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => Street($"id{i:D5}", "2024-07") + "\n"));
        string zip = TestZips.Write(WriteFile("corrupt.zip"),
            [("2024-07/2024-07-gwent-street.csv", text), ("2024-08/2024-08-gwent-street.csv", StreetHeader + "\n" + Street("bb01", "2024-08") + "\n")]);
        byte[] bytes = File.ReadAllBytes(zip);
        int data = 30 + System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(26)) + System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(28));
        int compressed = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(18));
        bytes.AsSpan(data + (compressed / 2), 16).Fill(0xA5);
        File.WriteAllBytes(zip, bytes);
        using LanternStore store = Open();

        FileImportResult[] results = ImportZip(store, zip, ZipLimits.Default);

        Assert.Equal(($"{zip}!2024-07/2024-07-gwent-street.csv", "(zip entry)"), (results[0].Error?.File, results[0].Error?.Field));
        Assert.Equal((1L, false), (results[1].RowsImported, results[1].Failed));
        Assert.Equal((1L, 1L), (Count(store, "crime"), Count(store, "source_file")));
    }

    [StoreFact]
    public void Import_ZipEntryRecordedUnderAnotherName_IsRefusedUnderThatName()
    {
        // The web records an upload as "upload:<name>", not its temporary path: the error names what the analyst knows.
        string zip = TestZips.Write(WriteFile("up.zip"), [("2024-07-gwent-street.csv", StreetHeader + "\n" + Street("aa01", "2024-07") + "\n")]);
        using ImportSourceList sources = ImportSources.Expand([zip], out _, ZipLimits.Default with { MaxEntryBytes = 10 });
        ImportSource source = Assert.Single(sources);
        using LanternStore store = Open();

        FileImportResult r = Import(store, source.RecordedAs("upload:up.zip!2024-07-gwent-street.csv"));

        Assert.Equal("upload:up.zip!2024-07-gwent-street.csv", r.Error?.File);
        Assert.Equal(0, Count(store, "source_file"));
    }

    private static FileImportResult[] ImportZip(LanternStore store, string zip, ZipLimits limits)
    {
        using ImportSourceList sources = ImportSources.Expand([zip], out IReadOnlyList<string> errors, limits);
        Assert.Empty(errors);
        return [.. sources.Select(s => Import(store, s))];
    }
}
