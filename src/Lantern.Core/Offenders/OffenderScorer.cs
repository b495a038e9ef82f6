namespace Lantern.Core.Offenders;

/// <summary>
/// Scores people by the harm of their alleged offences (the Met's V100 method, DOMAIN.md §4): over the rolling window,
/// the sum of the harm weight of each offence in the set that the person is recorded for as suspect, charged or
/// convicted, optionally decayed by age; plus RFGV points. Victim records are never scored.
/// </summary>
/// <remarks>
/// One pass over the records after a counting sort by person: 500,000 records and 50,000 people take tens of
/// milliseconds (docs/BENCHMARKS.md). Ties in harm are broken by RFGV points, then by person id (ordinal), so the
/// ranking is the same on every run. Thread safe: it keeps no state.
/// </remarks>
public static class OffenderScorer
{
    /// <summary>Scores everyone in <paramref name="data"/>.</summary>
    /// <param name="data">People and records: no protected characteristic can be among them.</param>
    /// <param name="options">Window, offences, weights, decay and bands.</param>
    /// <returns>The scores, ranking, explanations and power-few report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static OffenderScoring Score(OffenderData data, HarmScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int people = data.PersonCount;
        int records = data.RecordCount;

        // Per distinct (code, category): its weight and whether it is in the set, domestic or not.
        int kinds = data.Offences.Length;
        double[] weight = new double[kinds];
        bool[] inSet = new bool[kinds];
        bool[] inSetDomestic = new bool[kinds];
        for (int k = 0; k < kinds; k++)
        {
            (string code, Crimes.CrimeCategory category) = data.Offences[k];
            string group = options.Groups.Classify(code).Group;
            weight[k] = options.Weights.WeightOf(category, code);
            inSet[k] = options.Offences.Contains(group, domestic: false);
            inSetDomestic[k] = options.Offences.Contains(group, domestic: true);
        }

        // Records grouped by person (counting sort), kept for explanations.
        int[] start = new int[people + 1];
        int[] person = data.Person;
        for (int i = 0; i < records; i++)
        {
            start[person[i] + 1]++;
        }

        for (int p = 0; p < people; p++)
        {
            start[p + 1] += start[p];
        }

        int[] order = new int[records];
        int[] next = new int[people];
        Array.Copy(start, next, people);
        for (int i = 0; i < records; i++)
        {
            order[next[person[i]]++] = i;
        }

        int end = options.AsOf.DayNumber;
        int first = options.WindowStart.DayNumber;
        double lambda = options.HalfLifeDays is { } h ? Math.Log(2) / h : 0;
        double[] harm = new double[people];
        int[] count = new int[people];
        int[] victims = new int[people];
        int[] latest = new int[people];
        double[] victimHarm = new double[data.VictimIds.Length];
        int[] victimSeenBy = new int[data.VictimIds.Length];
        int[] day = data.Day;
        int[] offence = data.Offence;
        OffenderRole[] role = data.Role;
        bool[] domestic = data.Domestic;
        int[] victim = data.Victim;
        for (int p = 0; p < people; p++)
        {
            latest[p] = int.MinValue;
            for (int j = start[p]; j < start[p + 1]; j++)
            {
                int i = order[j];
                int d = day[i];
                int k = offence[i];
                if (role[i] == OffenderRole.Victim || d < first || d > end || !(domestic[i] ? inSetDomestic[k] : inSet[k]))
                {
                    continue;
                }

                double h1 = lambda == 0 ? weight[k] : weight[k] * Math.Exp(-lambda * (end - d));
                harm[p] += h1;
                count[p]++;
                latest[p] = Math.Max(latest[p], d);
                int v = victim[i];
                if (v >= 0)
                {
                    victimHarm[v] += h1;
                    if (victimSeenBy[v] != p + 1)
                    {
                        victimSeenBy[v] = p + 1;
                        victims[p]++;
                    }
                }
            }
        }

        return new OffenderScoring(data, options, harm, count, victims, latest, victimHarm, start, order);
    }
}
