using System.Text;

namespace Lantern.Data.Store;

/// <summary>
/// The store's times read from their UTF-8 bytes, as the import writes them: a local time <c>yyyy-MM-ddTHH:mm:ss</c>
/// (crimes' committed times) and a UTC instant <c>yyyy-MM-ddTHH:mm:ssZ</c> (searches). Written by hand because
/// DateTime.ParseExact on a string per row was a twentieth of the time of reading a million crimes, and a fifth of the
/// veil-of-darkness test's read of 423,064 searches (docs/BENCHMARKS.md).
/// </summary>
internal static class StoredTime
{
    /// <summary>A stored local time (kind Unspecified).</summary>
    /// <exception cref="FormatException">Not in that form, or not a real date and time.</exception>
    public static DateTime ParseLocal(ReadOnlySpan<byte> text) =>
        text.Length == 19 ? Parse(text) : throw Bad(text, "a stored local time (yyyy-MM-ddTHH:mm:ss)");

    /// <summary>A stored UTC instant (kind Utc).</summary>
    /// <exception cref="FormatException">Not in that form, or not a real date and time.</exception>
    public static DateTime ParseUtc(ReadOnlySpan<byte> text) =>
        text.Length == 20 && text[19] == 'Z'
            ? DateTime.SpecifyKind(Parse(text), DateTimeKind.Utc)
            : throw Bad(text, "a stored UTC time (yyyy-MM-ddTHH:mm:ssZ)");

    // The first 19 bytes: yyyy-MM-ddTHH:mm:ss.
    private static DateTime Parse(ReadOnlySpan<byte> text)
    {
        if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            throw Bad(text, "a stored time (yyyy-MM-ddTHH:mm:ss)");
        }

        try
        {
            return new DateTime(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2), Digits(text, 11, 2), Digits(text, 14, 2),
                Digits(text, 17, 2), DateTimeKind.Unspecified);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Bad(text, "a real date and time");
        }

        static int Digits(ReadOnlySpan<byte> text, int start, int count)
        {
            int value = 0;
            foreach (byte b in text.Slice(start, count))
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    throw Bad(text, "a stored time (digits where digits belong)");
                }

                value = (value * 10) + (b - '0');
            }

            return value;
        }
    }

    private static FormatException Bad(ReadOnlySpan<byte> text, string expected) =>
        new($"'{Encoding.UTF8.GetString(text)}' is not {expected}");
}
