namespace Lantern.Core.Offenders;

/// <summary>
/// The resident population of the area by attribute and group (e.g. ethnicity → Black → 12,345), the second benchmark
/// of a fairness report beside the suspect population (DOMAIN.md §4).
/// </summary>
public sealed class AreaPopulation
{
    private readonly Dictionary<(string, string), long> _counts = [];
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);

    /// <summary>Creates the population.</summary>
    /// <param name="source">Where the counts come from (e.g. Census 2021 TS021), recorded with reports.</param>
    /// <param name="counts">(attribute, group, residents) rows; attributes are <c>ethnicity</c>, <c>age-band</c>, <c>sex</c>.</param>
    public AreaPopulation(string source, IEnumerable<(string Attribute, string Group, long Residents)> counts)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(counts);
        Source = source;
        foreach ((string attribute, string group, long residents) in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(residents);
            _counts[(attribute, group)] = _counts.GetValueOrDefault((attribute, group)) + residents;
            _totals[attribute] = _totals.GetValueOrDefault(attribute) + residents;
        }
    }

    /// <summary>Where the counts come from.</summary>
    public string Source { get; }

    /// <summary>A group's share of the attribute's residents, null when the attribute has no counts.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="group">The group.</param>
    /// <returns>The share, 0 to 1, or null.</returns>
    public double? ShareOf(string attribute, string group) =>
        _totals.GetValueOrDefault(attribute) is > 0 and long total ? _counts.GetValueOrDefault((attribute, group)) / (double)total : null;
}
