using System.Buffers.Binary;

namespace Lantern.Data.Import;

/// <summary>
/// Reads how many entries a .zip says it holds from its end-of-central-directory record (PKWARE APPNOTE 4.3.16, and
/// 4.3.14-15 for ZIP64), before <see cref="System.IO.Compression.ZipArchive"/> reads them: it builds an object for every
/// entry at once, so a forged archive of millions of empty entries would fill memory before it could be counted.
/// ZipArchive stops with an error as soon as it finds more entries than this record declares, so the declared number
/// bounds what it reads.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndLength = 22;
    private const int LocatorLength = 20;

    /// <summary>The number of entries declared, or null when there is no end record (then it is not a .zip at all).</summary>
    public static long? DeclaredEntries(Stream zip)
    {
        // The end record is the last thing in the file, before a comment of at most 65,535 bytes. The last signature is the
        // one taken, as ZipArchive takes it, so that both read the same record.
        long tailStart = Math.Max(0, zip.Length - EndLength - ushort.MaxValue);
        byte[] tail = new byte[zip.Length - tailStart];
        zip.Position = tailStart;
        zip.ReadExactly(tail);
        for (int at = tail.Length - EndLength; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndSignature)
            {
                continue;
            }

            long entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            long locator = tailStart + at - LocatorLength;
            return locator >= 0 && Zip64Entries(zip, locator) is { } zip64 ? Math.Max(entries, zip64) : entries;
        }

        return null;
    }

    /// <summary>The ZIP64 record's count when a ZIP64 locator precedes the end record (the larger count is the one believed).</summary>
    private static long? Zip64Entries(Stream zip, long locatorAt)
    {
        Span<byte> locator = stackalloc byte[LocatorLength];
        zip.Position = locatorAt;
        zip.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            return null;
        }

        long recordAt = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(locator[8..]), long.MaxValue);
        Span<byte> record = stackalloc byte[40];
        if (recordAt > zip.Length - record.Length)
        {
            return null;
        }

        zip.Position = recordAt;
        zip.ReadExactly(record);
        return BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64EndSignature
            ? (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record[32..]), long.MaxValue)
            : null;
    }
}
