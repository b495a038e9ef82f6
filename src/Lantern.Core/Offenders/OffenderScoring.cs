using System.Globalization;

namespace Lantern.Core.Offenders;

/// <summary>
/// The scores of everyone in one <see cref="OffenderData"/> under one <see cref="HarmScoringOptions"/>: the ranking,
/// each person's score and explanation, the wanted ranking and the power-few report.
/// </summary>
/// <remarks>Immutable; thread safe to read.</remarks>
public sealed partial class OffenderScoring
{
    // Months of 30.4375 days (365.25 / 12): whole months since the latest offence, for the recency band.
    private const double DaysPerMonth = 30.4375;

    private readonly double[] _harm;
    private readonly int[] _count;
    private readonly int[] _victims;
    private readonly int[] _latest;
    private readonly double[] _victimHarm;
    private readonly int[] _start;
    private readonly int[] _order;
    private readonly int[] _ranking;
    private readonly int[] _rank;
    private readonly Lazy<Dictionary<string, int>> _index;

    internal OffenderScoring(OffenderData data, HarmScoringOptions options, double[] harm, int[] count, int[] victims, int[] latest, double[] victimHarm,
        int[] start, int[] order)
    {
        Data = data;
        Options = options;
        _harm = harm;
        _count = count;
        _victims = victims;
        _latest = latest;
        _victimHarm = victimHarm;
        _start = start;
        _order = order;
        int ranked = 0;
        for (int p = 0; p < count.Length; p++)
        {
            ranked += count[p] > 0 ? 1 : 0;
        }

        _ranking = new int[ranked];
        int r = 0;
        for (int p = 0; p < count.Length; p++)
        {
            if (count[p] > 0)
            {
                _ranking[r++] = p;
            }
        }

        int[] rfgv = new int[count.Length];
        foreach (int p in _ranking)
        {
            rfgv[p] = PointsOf(p).Rfgv;
        }

        Array.Sort(_ranking, (a, b) =>
        {
            int c = harm[b].CompareTo(harm[a]);
            c = c != 0 ? c : rfgv[b].CompareTo(rfgv[a]);
            return c != 0 ? c : string.CompareOrdinal(data.PersonIds[a], data.PersonIds[b]);
        });
        _rank = new int[count.Length];
        for (int i = 0; i < _ranking.Length; i++)
        {
            _rank[_ranking[i]] = i + 1;
        }

        _index = new Lazy<Dictionary<string, int>>(() =>
        {
            var d = new Dictionary<string, int>(data.PersonCount, StringComparer.Ordinal);
            for (int p = 0; p < data.PersonCount; p++)
            {
                d[data.PersonIds[p]] = p;
            }

            return d;
        });
    }

    /// <summary>The data scored.</summary>
    public OffenderData Data { get; }

    /// <summary>The options used.</summary>
    public HarmScoringOptions Options { get; }

    /// <summary>How many people have a counted offence in the window (the suspect population of the window).</summary>
    public int RankedCount => _ranking.Length;

    /// <summary>Person indices in rank order (most harmful first), only people with a counted offence.</summary>
    public IReadOnlyList<int> Ranking => _ranking;

    /// <summary>The index of a person by id, or -1.</summary>
    /// <param name="personId">The pseudonymous id.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string personId) => _index.Value.TryGetValue(personId, out int p) ? p : -1;

    /// <summary>A person's score.</summary>
    /// <param name="person">The person's index.</param>
    /// <returns>The score (rank 0 when not ranked).</returns>
    public OffenderScore ScoreOf(int person)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(person);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(person, Data.PersonCount);
        return new OffenderScore(Data.PersonIds[person], _rank[person], _harm[person], _count[person], _victims[person],
            _count[person] > 0 ? DateOnly.FromDayNumber(_latest[person]) : null, MonthsSinceLatest(person), PointsOf(person), Data.IsWanted(person));
    }

    /// <summary>The top <paramref name="n"/> by harm.</summary>
    /// <param name="n">How many, 0 or more.</param>
    /// <returns>Scores in rank order.</returns>
    public IReadOnlyList<OffenderScore> Top(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var top = new OffenderScore[Math.Min(n, _ranking.Length)];
        for (int i = 0; i < top.Length; i++)
        {
            top[i] = ScoreOf(_ranking[i]);
        }

        return top;
    }

    /// <summary>
    /// Wanted: the top <paramref name="n"/> outstanding suspects by the same harm, so the most harmful wanted people are
    /// pursued first. Their <see cref="OffenderScore.Rank"/> stays their rank among everyone.
    /// </summary>
    /// <param name="n">How many, 0 or more.</param>
    /// <returns>Scores in rank order.</returns>
    public IReadOnlyList<OffenderScore> TopWanted(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var top = new List<OffenderScore>(Math.Min(n, 1024));
        for (int i = 0; i < _ranking.Length && top.Count < n; i++)
        {
            if (Data.IsWanted(_ranking[i]))
            {
                top.Add(ScoreOf(_ranking[i]));
            }
        }

        return top;
    }

    private int MonthsSinceLatest(int person) =>
        _count[person] == 0 ? 0 : (int)Math.Floor((Options.AsOf.DayNumber - _latest[person]) / DaysPerMonth);

    private RfgPoints PointsOf(int person) =>
        _count[person] == 0 ? default : Options.Bands.Score(MonthsSinceLatest(person), _count[person], _harm[person], _victims[person]);

    private static string Days(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
