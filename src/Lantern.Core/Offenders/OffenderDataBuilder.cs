using Lantern.Core.Crimes;

namespace Lantern.Core.Offenders;

/// <summary>Builds <see cref="OffenderData"/> person by person and record by record. Not thread safe.</summary>
public sealed class OffenderDataBuilder
{
    private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);
    private readonly List<string> _personIds = [];
    private readonly List<bool> _wanted = [];
    private readonly Dictionary<string, int> _victims = new(StringComparer.Ordinal);
    private readonly List<string> _victimIds = [];
    private readonly Dictionary<(string, CrimeCategory), int> _offenceIndex = [];
    private readonly List<(string, CrimeCategory)> _offences = [];
    private readonly List<int> _person = [];
    private readonly List<string> _reference = [];
    private readonly List<int> _day = [];
    private readonly List<int> _offence = [];
    private readonly List<OffenderRole> _role = [];
    private readonly List<bool> _domestic = [];
    private readonly List<int> _victim = [];

    /// <summary>Adds a person (or marks one already added wanted) and returns their index.</summary>
    /// <param name="personId">The pseudonymous id.</param>
    /// <param name="wanted">Whether they are wanted (an outstanding suspect).</param>
    /// <returns>The person's index.</returns>
    public int AddPerson(string personId, bool wanted = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        if (_people.TryGetValue(personId, out int index))
        {
            _wanted[index] |= wanted;
            return index;
        }

        index = _personIds.Count;
        _people.Add(personId, index);
        _personIds.Add(personId);
        _wanted.Add(wanted);
        return index;
    }

    /// <summary>Adds a record, adding its person when new.</summary>
    /// <param name="record">The record.</param>
    public void Add(OffenderRecord record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.OffenceCode, nameof(record));
        int person = AddPerson(record.PersonId);
        if (!_offenceIndex.TryGetValue((record.OffenceCode, record.Category), out int offence))
        {
            offence = _offences.Count;
            _offenceIndex.Add((record.OffenceCode, record.Category), offence);
            _offences.Add((record.OffenceCode, record.Category));
        }

        int victim = -1;
        if (!string.IsNullOrEmpty(record.VictimId) && !_victims.TryGetValue(record.VictimId, out victim))
        {
            victim = _victimIds.Count;
            _victims.Add(record.VictimId, victim);
            _victimIds.Add(record.VictimId);
        }

        _person.Add(person);
        _reference.Add(record.Reference);
        _day.Add(record.Date.DayNumber);
        _offence.Add(offence);
        _role.Add(record.Role);
        _domestic.Add(record.Domestic);
        _victim.Add(victim);
    }

    /// <summary>The data built so far.</summary>
    /// <returns>An immutable copy.</returns>
    public OffenderData Build() =>
        new([.. _personIds], [.. _wanted], [.. _victimIds], [.. _offences], [.. _person], [.. _reference], [.. _day], [.. _offence], [.. _role], [.. _domestic],
            [.. _victim]);
}
