using System.IO.Compression;
using Lantern.Data.Import;

namespace Lantern.Data.Tests.Import;

public sealed class Crc32Tests
{
    [Fact]
    public void Append_TheCheckValue_AndWhatZipRecords_InPiecesOrWhole()
    {
        Assert.Equal(0xCBF43926u, Crc32.Append(0, "123456789"u8)); // the standard check value of CRC-32/ISO-HDLC

        byte[] data = new byte[100_003];
        new Random(7).NextBytes(data);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream s = zip.CreateEntry("x").Open();
            s.Write(data);
        }

        buffer.Position = 0;
        using var read = new ZipArchive(buffer, ZipArchiveMode.Read);
        uint recorded = read.GetEntry("x")!.Crc32;
        Assert.Equal(recorded, Crc32.Append(0, data));
        Assert.Equal(recorded, Crc32.Append(Crc32.Append(0, data.AsSpan(0, 12_345)), data.AsSpan(12_345)));
    }
}
