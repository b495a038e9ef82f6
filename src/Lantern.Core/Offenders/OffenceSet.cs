namespace Lantern.Core.Offenders;

/// <summary>
/// The offences a score counts: offence groups of an <see cref="OffenceGroupTable"/>, each either whole (<c>rape</c>) or
/// only when the record is flagged domestic (<c>domestic-assault</c>).
/// </summary>
/// <remarks>Immutable. Its <see cref="Version"/> is the sorted list of entries, recorded with every score.</remarks>
public sealed class OffenceSet
{
    private readonly HashSet<string> _any;
    private readonly HashSet<string> _domesticOnly;

    private OffenceSet(IReadOnlyList<string> entries)
    {
        Entries = entries;
        _any = new HashSet<string>(entries.Where(e => !e.StartsWith(DomesticPrefix, StringComparison.Ordinal)), StringComparer.Ordinal);
        _domesticOnly = new HashSet<string>(entries.Where(e => e.StartsWith(DomesticPrefix, StringComparison.Ordinal)).Select(e => e[DomesticPrefix.Length..]),
            StringComparer.Ordinal);
    }

    private const string DomesticPrefix = "domestic-";

    /// <summary>
    /// The default: domestic assault (including wounding with intent), rape, sexual assault, child sexual offences,
    /// stalking, harassment and controlling or coercive behaviour (the Met's V100 offences, DOMAIN.md §4).
    /// </summary>
    public static OffenceSet Default { get; } = new(["child-sexual", "controlling-behaviour", "domestic-assault", "domestic-serious-violence", "harassment", "rape",
        "sexual-assault", "stalking"]);

    /// <summary>The entries, sorted.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The entries joined by commas: the version recorded with scores.</summary>
    public string Version => string.Join(',', Entries);

    /// <summary>Whether an offence of <paramref name="group"/>, domestic or not, is in the set.</summary>
    /// <param name="group">The offence group.</param>
    /// <param name="domestic">The record's domestic flag.</param>
    /// <returns>True when counted.</returns>
    public bool Contains(string group, bool domestic) => _any.Contains(group) || (domestic && _domesticOnly.Contains(group));

    /// <summary>Reads a comma-separated list of entries, each a group of <paramref name="groups"/>, optionally prefixed <c>domestic-</c>.</summary>
    /// <param name="text">The list, e.g. <c>rape,domestic-assault</c>.</param>
    /// <param name="groups">The table whose groups the entries name.</param>
    /// <param name="error">Why the list was refused.</param>
    /// <returns>The set, or null with <paramref name="error"/>.</returns>
    public static OffenceSet? Parse(string text, OffenceGroupTable groups, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(groups);
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string entry = raw.ToLowerInvariant();
            string group = entry.StartsWith(DomesticPrefix, StringComparison.Ordinal) ? entry[DomesticPrefix.Length..] : entry;
            if (!groups.Groups.Contains(group, StringComparer.Ordinal))
            {
                error = $"'{raw}' is not an offence group of {groups.Version} ({string.Join(", ", groups.Groups)}; 'domestic-' before one counts only domestic records)";
                return null;
            }

            entries.Add(entry);
        }

        if (entries.Count == 0)
        {
            error = "the offence set is empty";
            return null;
        }

        error = null;
        return new OffenceSet([.. entries]);
    }
}
