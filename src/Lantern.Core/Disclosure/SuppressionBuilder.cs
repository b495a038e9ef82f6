namespace Lantern.Core.Disclosure;

/// <summary>
/// Small-number suppression of a publication's counts (statistical disclosure control), for those who may see
/// aggregates only: describe the counts a reader can read off the publication and the sums that tie them together
/// (a table's rows add up to its total; a rate's events and non-events add up to its searches), then
/// <see cref="Build"/> says which may be shown. Not thread safe.
/// </summary>
/// <remarks>
/// <para>
/// <b>Primary suppression.</b> Every published count under the threshold (5 by default: 0 to 4) is withheld, shown as
/// "&lt;5". Counts declared <see cref="WithholdTogether">together</see> are withheld together (a rate shows its events
/// and its non-events at once, so it is withheld when either is small).
/// </para>
/// <para>
/// <b>Secondary suppression.</b> A reader who knows the rule knows every shown count, that a small count is 0 to 4 and
/// that any other withheld count is at least the threshold (else it would be small). Wherever counts add up to a total,
/// those ranges narrow: a single withheld count in a table with its total is simply the total minus the rest. The
/// builder narrows every withheld count's range as far as the sums allow, sum after sum until nothing changes (interval
/// constraint propagation), and while some small count is pinned to one value, withholds one more count: the smallest
/// shown count of a sum that holds a pinned withheld count (the small one, or a secondary it is worked out through), a
/// sum's total only when no other count is left. So no small count can be worked out exactly from the rest of the
/// publication, across tables that share counts as well as within one. The choice is greedy, not the fewest possible.
/// </para>
/// <para>
/// A count the sums determine whatever the ranges (by linear algebra: a chain of sums with no cycle through it) is
/// pinned too; one the sums fix even with every count withheld (a 0 the layout implies) is left as it is, since no
/// figure discloses it. Limits: ranges are narrowed one sum at a time, not by a full linear-programming audit, so a count that
/// only a combination of several sums and ranges together pins could be missed; a narrow range (a count known to be 3
/// or 4) is not treated as a disclosure, since "&lt;5" says as much.
/// </para>
/// </remarks>
public sealed partial class SuppressionBuilder
{
    /// <summary>The threshold of the Home Office's and most forces' publications: counts of 0 to 4 are withheld.</summary>
    public const long DefaultThreshold = 5;

    private static readonly bool[] s_totalsLast = [false, true];

    private readonly List<long> _values = [];
    private readonly List<bool> _published = [];
    private readonly List<bool> _forced = [];
    private readonly List<int> _parent = [];
    private readonly List<int[]> _sums = []; // [total, part, part, ...]

    /// <summary>Creates a builder.</summary>
    /// <param name="threshold">Counts below this are small (withheld); at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 1.</exception>
    public SuppressionBuilder(long threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        Threshold = threshold;
    }

    /// <summary>Counts below this are withheld.</summary>
    public long Threshold { get; }

    /// <summary>The number of counts added so far; a count's number is its position.</summary>
    public int Count => _values.Count;

    /// <summary>Adds a count a reader can read off the publication, directly or through a figure made from it (a share, a rate and its interval).</summary>
    /// <param name="value">The count, 0 or more.</param>
    /// <returns>The count's number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public int AddCount(long value) => Add(value, published: true);

    /// <summary>
    /// Adds a count that is never published but ties published ones together (searches with no recorded outcome lie
    /// between a rate's denominator and all searches). It is not protected and never withheld as a secondary.
    /// </summary>
    /// <param name="value">The count, 0 or more.</param>
    /// <returns>The count's number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public int AddUnpublished(long value) => Add(value, published: false);

    /// <summary>Declares that the <paramref name="parts"/> add up to the <paramref name="total"/>.</summary>
    /// <param name="total">The total's number.</param>
    /// <param name="parts">The parts' numbers, at least one, none repeated, not the total.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not a count of this builder.</exception>
    /// <exception cref="ArgumentException">No parts, a part repeated or the total among them, or the values do not add up.</exception>
    public void AddSum(int total, params int[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        CheckCell(total);
        if (parts.Length == 0 || parts.Distinct().Count() != parts.Length || parts.Contains(total))
        {
            throw new ArgumentException("A sum needs one or more distinct parts, none of them its total.", nameof(parts));
        }

        long sum = 0;
        foreach (int p in parts)
        {
            CheckCell(p);
            sum += _values[p];
        }

        if (sum != _values[total])
        {
            throw new ArgumentException($"The parts add up to {sum}, not the total {_values[total]}.", nameof(parts));
        }

        _sums.Add([total, .. parts]);
    }

    /// <summary>Declares that two published counts are shown or withheld together (a rate's events and non-events).</summary>
    /// <param name="first">One count's number.</param>
    /// <param name="second">The other's.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not a count of this builder.</exception>
    /// <exception cref="ArgumentException">One of them is unpublished.</exception>
    public void WithholdTogether(int first, int second)
    {
        CheckCell(first);
        CheckCell(second);
        if (!_published[first] || !_published[second])
        {
            throw new ArgumentException("Only published counts are withheld together.", nameof(second));
        }

        int a = Root(first), b = Root(second);
        if (a != b)
        {
            _parent[b] = a;
        }
    }

    /// <summary>Withholds a published count for a reason outside this builder (it is withheld elsewhere).</summary>
    /// <param name="cell">The count's number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cell"/> is not a count of this builder.</exception>
    public void Withhold(int cell)
    {
        CheckCell(cell);
        _forced[cell] = true;
    }

    /// <summary>Decides which counts are shown: primary, then secondary suppression as the remarks describe.</summary>
    /// <returns>Each count's status, by number.</returns>
    public Suppression Build()
    {
        int n = _values.Count;
        var status = new CellStatus[n];
        for (int i = 0; i < n; i++)
        {
            status[i] = !_published[i] ? CellStatus.Unpublished
                : _values[i] < Threshold ? CellStatus.Small
                : _forced[i] ? CellStatus.Secondary
                : CellStatus.Shown;
        }

        WithholdGroups(status);
        var sumsOf = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            sumsOf[i] = [];
        }

        for (int s = 0; s < _sums.Count; s++)
        {
            foreach (int c in _sums[s])
            {
                sumsOf[c].Add(s);
            }
        }

        // A count the sums fix whatever is shown (a 0 they imply: no search without an outcome when every rate counts all
        // searches) is known to every reader of the layout, not disclosed by the figures: nothing can protect it.
        bool[] structural = new bool[n];
        Determined([.. Enumerable.Repeat(CellStatus.Small, n)], structural);

        // Each pass withholds one or two more counts, so this ends within n passes.
        while (true)
        {
            bool[] pinned = Pinned(status);
            int small = Enumerable.Range(0, n).FirstOrDefault(i => pinned[i] && status[i] == CellStatus.Small && !structural[i], -1);
            if (small < 0)
            {
                break;
            }

            foreach (int chosen in Candidate(small, pinned, structural, status, sumsOf))
            {
                status[chosen] = CellStatus.Secondary;
            }

            WithholdGroups(status);
        }

        return new Suppression(status, Threshold);
    }

    /// <summary>The range of each count as a reader of the publication can narrow it, with the statuses given: for tests and audits.</summary>
    /// <param name="statuses">A status for each count, as <see cref="Build"/> returns or any other.</param>
    /// <returns>The lowest and highest value each count can have, given what is shown and the sums (∞ when unbounded).</returns>
    /// <exception cref="ArgumentException">Not one status per count.</exception>
    public (double Low, double High)[] Ranges(IReadOnlyList<CellStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.Count != _values.Count)
        {
            throw new ArgumentException("One status per count is needed.", nameof(statuses));
        }

        (double[] lo, double[] hi) = Bounds([.. statuses]);
        return [.. lo.Zip(hi)];
    }

    private int Add(long value, bool published)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        _values.Add(value);
        _published.Add(published);
        _forced.Add(false);
        _parent.Add(_parent.Count);
        return _values.Count - 1;
    }

    private void CheckCell(int cell) => ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)cell, (uint)_values.Count, nameof(cell));

    private int Root(int cell)
    {
        while (_parent[cell] != cell)
        {
            _parent[cell] = _parent[_parent[cell]];
            cell = _parent[cell];
        }

        return cell;
    }

    // A group with any withheld member is withheld whole; its members that are not small become secondary.
    private void WithholdGroups(CellStatus[] status)
    {
        var hidden = new HashSet<int>();
        for (int i = 0; i < status.Length; i++)
        {
            if (status[i] is CellStatus.Small or CellStatus.Secondary)
            {
                hidden.Add(Root(i));
            }
        }

        for (int i = 0; i < status.Length; i++)
        {
            if (status[i] == CellStatus.Shown && hidden.Contains(Root(i)))
            {
                status[i] = CellStatus.Secondary;
            }
        }
    }

    private static int PinnedSmall(bool[] pinned, CellStatus[] status, bool[] structural) =>
        Enumerable.Range(0, pinned.Length).Count(i => pinned[i] && status[i] == CellStatus.Small && !structural[i]);

    private static IEnumerable<int[]> Pairs(List<int> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            for (int j = i + 1; j < cells.Count; j++)
            {
                yield return [cells[i], cells[j]];
            }
        }
    }

    // The count to withhold next. Candidates: the shown counts of the sums that hold the small count, then of the sums
    // reached from those through the counts pinned in them (secondary or unpublished ones it is worked out through),
    // layer by layer, each layer smallest first, parts before totals. The first candidate that, withheld, leaves the small
    // count unpinned is chosen (each trial costs well under a millisecond); else the one that leaves the fewest small counts
    // pinned; when none alone leaves fewer (a count pinned by two rates at once needs two), the best pair of the first 16.
    private int[] Candidate(int small, bool[] pinned, bool[] structural, CellStatus[] status, List<int>[] sumsOf)
    {
        var ordered = new List<int>();
        var taken = new HashSet<int>();
        var layers = new List<List<int>>();
        var reached = new HashSet<int> { small };
        var seen = new HashSet<int>();
        for (List<int> cells = [small]; cells.Count > 0;)
        {
            List<int> sums = [.. cells.SelectMany(c => sumsOf[c]).Where(seen.Add)];
            layers.Add(sums);
            cells = [.. sums.SelectMany(x => _sums[x]).Where(c => pinned[c] && reached.Add(c))];
        }

        foreach (bool totals in s_totalsLast)
        {
            foreach (List<int> sums in layers)
            {
                ordered.AddRange(sums.SelectMany(x => _sums[x].Select((c, k) => (c, k)))
                    .Where(ck => (ck.k == 0) == totals && status[ck.c] == CellStatus.Shown && taken.Add(ck.c))
                    .Select(ck => ck.c).OrderBy(c => _values[c]).ThenBy(c => c));
            }
        }

        // One count at a time; when none alone leaves fewer small counts pinned, two at a time among the first candidates.
        int before = PinnedSmall(pinned, status, structural);
        (int[] Cells, int Left) best = ([], int.MaxValue);
        foreach (int[] cells in ordered.Take(64).Select(c => new[] { c }).Concat(Pairs(ordered.Take(16).ToList())))
        {
            if (cells.Length == 2 && best.Left < before)
            {
                break;
            }

            CellStatus[] trial = (CellStatus[])status.Clone();
            foreach (int c in cells)
            {
                trial[c] = CellStatus.Secondary;
            }

            WithholdGroups(trial);
            bool[] after = Pinned(trial);
            if (!after[small])
            {
                return cells;
            }

            int left = PinnedSmall(after, trial, structural);
            if (left < best.Left)
            {
                best = (cells, left);
            }
        }

        if (best.Cells.Length > 0)
        {
            return best.Cells;
        }

        // Unreachable with real counts: once every count of the sums around it is withheld, the open ranges above the
        // threshold leave no small count pinned.
        int any = Enumerable.Range(0, _sums.Count).Where(x => _sums[x].Any(c => status[c] is CellStatus.Small or CellStatus.Secondary))
            .SelectMany(x => _sums[x]).Where(c => status[c] == CellStatus.Shown).DefaultIfEmpty(-1).MinBy(c => c < 0 ? long.MaxValue : _values[c]);
        return any >= 0 ? [any]
            : throw new InvalidOperationException($"Count {small} ({_values[small]}) can be worked out and no shown count is left to withhold.");
    }
}
