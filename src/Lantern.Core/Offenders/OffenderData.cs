using Lantern.Core.Crimes;

namespace Lantern.Core.Offenders;

/// <summary>
/// The scorer's whole input: people (pseudonymous id, wanted flag) and their records, in columns. It has no field for
/// sex, age, ethnicity or any other protected characteristic, so none can feed a score (issue #6); those live in
/// <see cref="PersonDemographics"/> for fairness audits only.
/// </summary>
/// <remarks>Immutable once built by <see cref="OffenderDataBuilder"/>; thread safe to read.</remarks>
public sealed class OffenderData
{
    internal OffenderData(string[] personIds, bool[] wanted, string[] victimIds, (string Code, CrimeCategory Category)[] offences, int[] person,
        string[] reference, int[] day, int[] offence, OffenderRole[] role, bool[] domestic, int[] victim)
    {
        PersonIds = personIds;
        WantedFlags = wanted;
        VictimIds = victimIds;
        Offences = offences;
        Person = person;
        Reference = reference;
        Day = day;
        Offence = offence;
        Role = role;
        Domestic = domestic;
        Victim = victim;
    }

    /// <summary>Every person's pseudonymous id, by person index.</summary>
    public IReadOnlyList<string> PersonIds { get; }

    /// <summary>Number of people.</summary>
    public int PersonCount => PersonIds.Count;

    /// <summary>Number of records.</summary>
    public int RecordCount => Person.Length;

    internal bool[] WantedFlags { get; }

    internal string[] VictimIds { get; }

    internal (string Code, CrimeCategory Category)[] Offences { get; }

    internal int[] Person { get; }

    internal string[] Reference { get; }

    /// <summary><see cref="DateOnly.DayNumber"/> of each record.</summary>
    internal int[] Day { get; }

    internal int[] Offence { get; }

    internal OffenderRole[] Role { get; }

    internal bool[] Domestic { get; }

    /// <summary>Index into <see cref="VictimIds"/>, or -1 when the victim is not known.</summary>
    internal int[] Victim { get; }

    /// <summary>Whether the person is wanted (an outstanding suspect).</summary>
    /// <param name="person">The person's index.</param>
    /// <returns>The flag.</returns>
    public bool IsWanted(int person) => WantedFlags[person];

    /// <summary>One record.</summary>
    /// <param name="index">The record's index, 0 to <see cref="RecordCount"/> − 1.</param>
    /// <returns>The record.</returns>
    public OffenderRecord RecordAt(int index)
    {
        (string code, CrimeCategory category) = Offences[Offence[index]];
        return new OffenderRecord(PersonIds[Person[index]], Reference[index], DateOnly.FromDayNumber(Day[index]), code, category, Role[index], Domestic[index],
            Victim[index] < 0 ? null : VictimIds[Victim[index]]);
    }
}
