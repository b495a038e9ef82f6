namespace Lantern.Data.Formats;

/// <summary>
/// A small per-reader intern pool, so that the values repeated on every row (categories, outcomes, LSOA codes and
/// names, force names, locations) are allocated once per file instead of once per row.
/// </summary>
/// <remarks>
/// Bounded: when it holds <see cref="Capacity"/> strings it starts again, so memory stays constant on a file with
/// unbounded distinct values; the only cost is a few repeated allocations. Not thread safe.
/// </remarks>
internal sealed class StringPool
{
    /// <summary>The most strings held at once.</summary>
    internal const int Capacity = 1 << 16;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty pool.</summary>
    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of strings held.</summary>
    public int Count => _strings.Count;

    /// <summary>The pooled string equal to <paramref name="text"/>, added when new.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A string equal to the text; the same instance for equal texts while it stays in the pool.</returns>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (_lookup.TryGetValue(text, out string? found))
        {
            return found;
        }

        if (_strings.Count >= Capacity)
        {
            _strings.Clear();
        }

        string s = text.ToString();
        _strings.Add(s, s);
        return s;
    }

    /// <summary>
    /// Like <see cref="Get(ReadOnlySpan{char})"/>, checking first the string last returned for the same column: data.police.uk rows are
    /// sorted by LSOA, so neighbouring rows usually repeat it and a comparison is cheaper than a hash.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="last">The column's last string, updated.</param>
    /// <returns>The pooled string.</returns>
    public string Get(ReadOnlySpan<char> text, ref string? last)
    {
        if (last is not null && text.SequenceEqual(last))
        {
            return last;
        }

        last = Get(text);
        return last;
    }
}
