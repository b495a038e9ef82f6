using System.Collections.Frozen;

namespace Lantern.Core.StopSearch;

/// <summary>
/// An open vocabulary: canonical display names for an enum's values and the raw spellings that map to them.
/// </summary>
/// <typeparam name="TEnum">The canonical enum; its default value (0) is the explicit unknown.</typeparam>
/// <remarks>Immutable and thread safe once built. Raw matching trims whitespace and ignores case (ordinal).</remarks>
internal sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<TEnum, string> _names;
    private readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Builds the vocabulary.</summary>
    /// <param name="names">Each canonical value with its display name; the name also matches as a raw spelling.</param>
    /// <param name="aliases">Further raw spellings (legacy names, variants).</param>
    public Vocabulary((TEnum Value, string Name)[] names, (string Raw, TEnum Value)[] aliases)
    {
        var byRaw = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        var byValue = new Dictionary<TEnum, string>();
        foreach ((TEnum value, string name) in names)
        {
            byRaw[name] = value;
            byValue[value] = name;
        }

        foreach ((string raw, TEnum value) in aliases)
        {
            byRaw[raw] = value;
        }

        _names = byValue.ToFrozenDictionary();
        _lookup = byRaw.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Maps a raw string; whitespace is trimmed and case ignored.</summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The canonical value, or the default (unknown) value.</returns>
    public TEnum FromRaw(ReadOnlySpan<char> raw) => _lookup.TryGetValue(raw.Trim(), out TEnum value) ? value : default;

    /// <summary>Whether the raw string is a known spelling.</summary>
    /// <param name="raw">The raw text.</param>
    /// <param name="value">The canonical value when known.</param>
    /// <returns>True when known.</returns>
    public bool TryFromRaw(ReadOnlySpan<char> raw, out TEnum value) => _lookup.TryGetValue(raw.Trim(), out value);

    /// <summary>The display name of a canonical value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name, or "Unknown".</returns>
    public string Name(TEnum value) => _names.TryGetValue(value, out string? name) ? name : "Unknown";
}
