using System.Buffers.Binary;

namespace Lantern.Data.Import;

/// <summary>
/// CRC-32 as zip archives store it for each entry (ISO 3309 / IEEE 802.3, reflected polynomial 0xEDB88320; APPNOTE 4.4.7),
/// eight bytes a step ("slicing by 8"). Written here because .NET 10 has no public CRC-32 outside System.IO.Hashing, which
/// the package mirror does not hold, and System.IO.Compression checks no entry's CRC before .NET 11; the hardware CRC32
/// instruction computes the other polynomial (Castagnoli).
/// </summary>
internal static class Crc32
{
    private static readonly uint[] s_table = Table();

    /// <summary>The CRC of <paramref name="data"/> continued from <paramref name="crc"/> (0 to start).</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<uint> t = s_table;
        uint c = ~crc;
        while (data.Length >= 8)
        {
            uint one = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ c;
            uint two = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            c = t[(7 * 256) + (int)(one & 0xFF)] ^ t[(6 * 256) + (int)((one >> 8) & 0xFF)] ^ t[(5 * 256) + (int)((one >> 16) & 0xFF)] ^ t[(4 * 256) + (int)(one >> 24)]
                ^ t[(3 * 256) + (int)(two & 0xFF)] ^ t[(2 * 256) + (int)((two >> 8) & 0xFF)] ^ t[256 + (int)((two >> 16) & 0xFF)] ^ t[(int)(two >> 24)];
            data = data[8..];
        }

        foreach (byte b in data)
        {
            c = t[(int)((c ^ b) & 0xFF)] ^ (c >> 8);
        }

        return ~c;
    }

    // Table k holds the CRC of a byte followed by k zero bytes.
    private static uint[] Table()
    {
        uint[] t = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            t[i] = c;
        }

        for (int k = 1; k < 8; k++)
        {
            for (int i = 0; i < 256; i++)
            {
                uint prev = t[((k - 1) * 256) + i];
                t[(k * 256) + i] = t[(int)(prev & 0xFF)] ^ (prev >> 8);
            }
        }

        return t;
    }
}
