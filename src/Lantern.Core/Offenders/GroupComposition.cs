namespace Lantern.Core.Offenders;

/// <summary>
/// How many people of a population fall in each group of each audited attribute: the benchmark a list is compared with.
/// Aggregate only, so it can be recorded with a run and used after the people in it are gone.
/// </summary>
public sealed class GroupComposition
{
    private readonly Dictionary<(string, string), long> _counts;

    /// <summary>Creates a composition from counts.</summary>
    /// <param name="total">People in the population.</param>
    /// <param name="counts">(attribute, group, people) rows.</param>
    public GroupComposition(long total, IEnumerable<(string Attribute, string Group, long People)> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentNullException.ThrowIfNull(counts);
        Total = total;
        _counts = [];
        foreach ((string a, string g, long n) in counts)
        {
            _counts[(a, g)] = _counts.GetValueOrDefault((a, g)) + n;
        }
    }

    /// <summary>People in the population.</summary>
    public long Total { get; }

    /// <summary>Every (attribute, group, people) row, in attribute then group order.</summary>
    public IEnumerable<(string Attribute, string Group, long People)> Rows =>
        _counts.OrderBy(kv => PersonDemographics.Attributes.ToList().IndexOf(kv.Key.Item1)).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
            .Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value));

    /// <summary>People of one group.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="group">The group.</param>
    /// <returns>The count.</returns>
    public long Count(string attribute, string group) => _counts.GetValueOrDefault((attribute, group));

    /// <summary>The groups of an attribute present.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The groups.</returns>
    public IEnumerable<string> Groups(string attribute) => _counts.Keys.Where(k => k.Item1 == attribute).Select(k => k.Item2);

    /// <summary>The composition of some people.</summary>
    /// <param name="people">Their ids.</param>
    /// <param name="demographics">Their characteristics.</param>
    /// <returns>The composition.</returns>
    public static GroupComposition Of(IReadOnlyCollection<string> people, PersonDemographics demographics)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(demographics);
        var rows = new List<(string, string, long)>();
        foreach (string id in people)
        {
            Demographic d = demographics.Of(id);
            foreach (string attribute in PersonDemographics.Attributes)
            {
                rows.Add((attribute, d.Of(attribute), 1));
            }
        }

        return new GroupComposition(people.Count, rows);
    }
}
