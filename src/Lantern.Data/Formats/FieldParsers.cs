using System.Globalization;

namespace Lantern.Data.Formats;

/// <summary>Allocation-free parsers for the field types of police files.</summary>
internal static class FieldParsers
{
    // Exact powers of ten: every one up to 1e22 is representable, so mantissa / 10^k is a single correctly rounded
    // division and gives the same double as double.Parse.
    private static readonly double[] s_powersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];

    // ISO 8601 first; then the day-first form Excel writes in a UK locale when a file is opened and saved again (the month
    // second, as in the UK: Lantern reads UK forces' exports, so 01/07/2024 is the first of July).
    private static readonly string[] s_localFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss"];

    private static readonly string[] s_utcFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>
    /// Parses a finite decimal number in the invariant culture. Plain decimals such as <c>-2.981547</c> (all of
    /// data.police.uk's) take a fast path; anything else goes to <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    /// <returns>False for text that is not a finite number.</returns>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        ulong mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < text.Length; i++)
        {
            uint d = (uint)(text[i] - '0');
            if (d <= 9)
            {
                mantissa = (mantissa * 10) + d;
                digits++;
                if (fraction >= 0)
                {
                    fraction++;
                }

                if (digits > 18)
                {
                    return Fallback(text, out value);
                }
            }
            else if (text[i] == '.' && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return Fallback(text, out value);
            }
        }

        if (digits == 0 || mantissa > (1UL << 53))
        {
            return Fallback(text, out value);
        }

        value = (double)mantissa / s_powersOfTen[Math.Max(fraction, 0)];
        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>Parses a yes/no flag: <c>True</c>/<c>False</c> as data.police.uk writes them, or yes/no.</summary>
    /// <param name="text">The text, not blank.</param>
    /// <param name="value">The flag.</param>
    /// <returns>False when the text is not a flag.</returns>
    public static bool TryParseFlag(ReadOnlySpan<char> text, out bool value)
    {
        ReadOnlySpan<char> t = text.Trim();
        if (t.Equals("True", StringComparison.OrdinalIgnoreCase) || t.Equals("Yes", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return t.Equals("False", StringComparison.OrdinalIgnoreCase) || t.Equals("No", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Parses a local wall-clock time <c>yyyy-MM-ddTHH:mm[:ss]</c> or <c>yyyy-MM-dd HH:mm[:ss]</c>, or UK day-first
    /// <c>dd/MM/yyyy HH:mm[:ss]</c> as Excel saves it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The time, of kind <see cref="DateTimeKind.Unspecified"/>.</param>
    /// <returns>Whether the text is such a time.</returns>
    public static bool TryParseLocalDateTime(ReadOnlySpan<char> text, out DateTime value) =>
        DateTime.TryParseExact(text.Trim(), s_localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>
    /// Parses an ISO-8601 timestamp as data.police.uk stop-and-search files write it (<c>2016-01-01T00:01:00+00:00</c>);
    /// a time with no offset is taken as UTC.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The instant, with offset zero.</param>
    /// <returns>Whether the text is such a timestamp.</returns>
    public static bool TryParseUtc(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParseExact(text.Trim(), s_utcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }

        return false;
    }

    /// <summary>
    /// Normalises a Home Office offence code to <c>NNN/NN</c>: <c>8/1</c> and <c>008/01</c> both give <c>008/01</c>.
    /// The class may carry one trailing capital letter (<c>8L/00</c> gives <c>008L/00</c>).
    /// </summary>
    /// <param name="text">The code as given.</param>
    /// <returns>The normalised code, or null when the text is not an offence code.</returns>
    public static string? NormaliseOffenceCode(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> t = text.Trim();
        int slash = t.IndexOf('/');
        if (slash < 0)
        {
            return null;
        }

        ReadOnlySpan<char> major = t[..slash].TrimEnd();
        ReadOnlySpan<char> minor = t[(slash + 1)..].TrimStart();
        char suffix = '\0';
        if (major.Length > 0 && char.IsAsciiLetter(major[^1]))
        {
            suffix = char.ToUpperInvariant(major[^1]);
            major = major[..^1];
        }

        if (major.Length is < 1 or > 3 || minor.Length is < 1 or > 2 || !IsDigits(major) || !IsDigits(minor))
        {
            return null;
        }

        int m = int.Parse(major, NumberStyles.None, CultureInfo.InvariantCulture);
        int n = int.Parse(minor, NumberStyles.None, CultureInfo.InvariantCulture);
        return suffix == '\0'
            ? string.Create(CultureInfo.InvariantCulture, $"{m:D3}/{n:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{m:D3}{suffix}/{n:D2}");
    }

    /// <summary>
    /// Why a value that is not an offence code may be one Excel changed, for the reject's reason: Excel reads 8/1 as a
    /// date and writes it back as 08-Jan, Jan-08 or 08/01/2024, and 1/8 as a fraction, 0.125. Empty when it looks like neither.
    /// </summary>
    /// <param name="text">The value as given.</param>
    /// <returns>A sentence to add to the reason, starting with a space, or empty.</returns>
    public static string OffenceCodeHint(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> t = text.Trim();
        bool date = t.Length is >= 5 and <= 10 && t.IndexOfAny('-', '/') > 0 && t.ContainsAnyInRange('0', '9')
            && (t.ContainsAnyInRange('A', 'Z') || t.ContainsAnyInRange('a', 'z') || t.Count('/') == 2);
        bool fraction = !t.Contains('/') && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return date || fraction
            ? " (Excel turns codes such as 8/1 into dates such as 08-Jan, and 1/8 into 0.125: format the column as Text before saving)"
            : string.Empty;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Fallback(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
