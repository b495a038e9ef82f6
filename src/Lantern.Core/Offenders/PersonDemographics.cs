namespace Lantern.Core.Offenders;

/// <summary>
/// Protected characteristics by person id, held apart from <see cref="OffenderData"/> so that the scorer cannot read them;
/// used only by <see cref="FairnessReport"/>. People not listed count as unknown.
/// </summary>
/// <remarks>Immutable; thread safe.</remarks>
public sealed class PersonDemographics
{
    /// <summary>The three attributes audited, in the order reports show them.</summary>
    public static readonly IReadOnlyList<string> Attributes = ["ethnicity", "age-band", "sex"];

    private static readonly Demographic s_unknown = new("unknown", "unknown", "unknown");
    private readonly Dictionary<string, Demographic> _byPerson;

    /// <summary>Creates the table.</summary>
    /// <param name="byPerson">Each person's characteristics (the last wins when an id repeats).</param>
    public PersonDemographics(IEnumerable<KeyValuePair<string, Demographic>> byPerson)
    {
        ArgumentNullException.ThrowIfNull(byPerson);
        _byPerson = new Dictionary<string, Demographic>(StringComparer.Ordinal);
        foreach ((string id, Demographic d) in byPerson)
        {
            _byPerson[id] = d;
        }
    }

    /// <summary>Number of people with characteristics recorded.</summary>
    public int Count => _byPerson.Count;

    /// <summary>A person's characteristics, all unknown when not recorded.</summary>
    /// <param name="personId">The person.</param>
    /// <returns>The characteristics.</returns>
    public Demographic Of(string personId) => _byPerson.GetValueOrDefault(personId, s_unknown);
}
