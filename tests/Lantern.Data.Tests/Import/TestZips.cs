using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lantern.Data.Tests.Import;

/// <summary>Small synthetic .zip archives for the zip-bomb tests: ordinary ones, and forged ones whose headers lie.</summary>
internal static class TestZips
{
    /// <summary>Writes a zip of the given entries (name, text), deflated unless <paramref name="level"/> says otherwise, over any file at <paramref name="path"/>.</summary>
    public static string Write(string path, IEnumerable<(string Name, string Text)> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        File.Delete(path);
        using ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach ((string name, string text) in entries)
        {
            using Stream s = zip.CreateEntry(name, level).Open();
            s.Write(Encoding.UTF8.GetBytes(text));
        }

        return path;
    }

    /// <summary>
    /// A zip of one stored (uncompressed) entry whose headers declare <paramref name="declared"/> bytes however long
    /// <paramref name="text"/> is: the local header's and the central directory's uncompressed size (APPNOTE 4.3.7, 4.3.12)
    /// rewritten.
    /// </summary>
    public static string WriteLyingAboutSize(string path, string name, string text, uint declared)
    {
        Write(path, [(name, text)], CompressionLevel.NoCompression);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(bytes)); // the one entry's local header starts the file
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(22), declared);
        int central = bytes.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        Assert.True(central > 0, "no central directory header");
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), declared);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A zip of one stored entry with one byte of its data changed after the archive recorded its CRC-32.</summary>
    public static string WriteWithAFlippedByte(string path, string name, string text, int at)
    {
        Write(path, [(name, text)], CompressionLevel.NoCompression);
        byte[] bytes = File.ReadAllBytes(path);
        int data = 30 + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(28)); // APPNOTE 4.3.7
        bytes[data + at] ^= 0x01;
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
