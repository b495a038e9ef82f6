namespace Lantern.Data.Store;

/// <summary>
/// What one part of a read of searches counted (<see cref="IdRangeScan"/>): the searches with the same packed facts (and
/// area) with their number, what was left out and why, and each month's first and last search. Parts add up exactly.
/// </summary>
internal sealed class SearchTally<TKey>(StopSearchSelection selection)
    where TKey : notnull
{
    public Dictionary<TKey, long> Same { get; } = [];

    public MonthSpans Spans { get; } = new(selection);

    public long Read { get; set; }

    public long Placed { get; set; }

    public long OtherPowers { get; set; }

    public long Outside { get; set; }

    public long Unplaced { get; set; }

    public long OutsideWindow { get; set; }

    public long ByOperation { get; set; }

    public long OperationElsewhere { get; set; }

    /// <summary>The parts together: the first part, with the others added to it.</summary>
    public static SearchTally<TKey> Merge(IReadOnlyList<SearchTally<TKey>> parts)
    {
        SearchTally<TKey> all = parts[0];
        for (int k = 1; k < parts.Count; k++)
        {
            SearchTally<TKey> t = parts[k];
            foreach ((TKey key, long n) in t.Same)
            {
                all.Same[key] = all.Same.GetValueOrDefault(key) + n;
            }

            all.Spans.Add(t.Spans);
            all.Read += t.Read;
            all.Placed += t.Placed;
            all.OtherPowers += t.OtherPowers;
            all.Outside += t.Outside;
            all.Unplaced += t.Unplaced;
            all.OutsideWindow += t.OutsideWindow;
            all.ByOperation += t.ByOperation;
            all.OperationElsewhere += t.OperationElsewhere;
        }

        return all;
    }
}
