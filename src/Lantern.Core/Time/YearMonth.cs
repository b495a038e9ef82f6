using System.Globalization;

namespace Lantern.Core.Time;

/// <summary>
/// A calendar month, the time resolution of data.police.uk records.
/// </summary>
/// <remarks>Ordered and equatable; <see cref="Index"/> counts months from January of year 0, so differences are month counts.</remarks>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates a month.</summary>
    /// <param name="year">Year, 1900 to 2999.</param>
    /// <param name="month">Month of year, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">Year or month out of range.</exception>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month of the year, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Months since January of year 0; consecutive months differ by one.</summary>
    public int Index => (Year * 12) + Month - 1;

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>The month containing a date.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The month of <paramref name="date"/>.</returns>
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month with the given <see cref="Index"/>.</summary>
    /// <param name="index">Months since January of year 0.</param>
    /// <returns>The month.</returns>
    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    /// <summary>The month <paramref name="months"/> after this one (before, when negative).</summary>
    /// <param name="months">Number of months to add.</param>
    /// <returns>The new month.</returns>
    public YearMonth PlusMonths(int months) => FromIndex(Index + months);

    /// <summary>Parses <c>yyyy-MM</c>, the form data.police.uk uses.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The month, when the text is valid.</param>
    /// <returns>Whether the text is a valid month.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out YearMonth value)
    {
        value = default;
        if (text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        int year = 0;
        for (int i = 0; i < 4; i++)
        {
            int d = text[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            year = (year * 10) + d;
        }

        int m1 = text[5] - '0';
        int m2 = text[6] - '0';
        if ((uint)m1 > 9 || (uint)m2 > 9)
        {
            return false;
        }

        int month = (m1 * 10) + m2;
        if (year < 1900 || year > 2999 || month < 1 || month > 12)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    /// <summary>Parses <c>yyyy-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The month.</returns>
    /// <exception cref="FormatException">The text is not a month.</exception>
    public static YearMonth Parse(string text) =>
        TryParse(text, out YearMonth value) ? value : throw new FormatException($"'{text}' is not a month (expected yyyy-MM).");

    /// <inheritdoc/>
    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    /// <summary>Whether <paramref name="left"/> is the same or earlier.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    /// <summary>Whether <paramref name="left"/> is the same or later.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    /// <summary>The month as <c>yyyy-MM</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
