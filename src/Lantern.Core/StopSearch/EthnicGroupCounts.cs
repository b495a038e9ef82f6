namespace Lantern.Core.StopSearch;

/// <summary>
/// A count for each of the five high-level ethnic groups (census residents, or searches): White, Black, Asian, Mixed
/// and Other. Unknown or not-stated ethnicity has no place here: callers count it apart.
/// </summary>
/// <remarks>Immutable; every count is zero or more.</remarks>
public readonly record struct EthnicGroupCounts
{
    /// <summary>The five groups in the order they are shown: White first, as the comparison group.</summary>
    public static readonly IReadOnlyList<EthnicGroup> Groups = [EthnicGroup.White, EthnicGroup.Black, EthnicGroup.Asian, EthnicGroup.Mixed, EthnicGroup.Other];

    /// <summary>Creates the counts.</summary>
    /// <param name="white">White.</param>
    /// <param name="black">Black, Black British, Caribbean or African.</param>
    /// <param name="asian">Asian or Asian British.</param>
    /// <param name="mixed">Mixed or multiple ethnic groups.</param>
    /// <param name="other">Other ethnic group.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public EthnicGroupCounts(long white, long black, long asian, long mixed, long other)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(white);
        ArgumentOutOfRangeException.ThrowIfNegative(black);
        ArgumentOutOfRangeException.ThrowIfNegative(asian);
        ArgumentOutOfRangeException.ThrowIfNegative(mixed);
        ArgumentOutOfRangeException.ThrowIfNegative(other);
        White = white;
        Black = black;
        Asian = asian;
        Mixed = mixed;
        Other = other;
    }

    /// <summary>White.</summary>
    public long White { get; }

    /// <summary>Black, Black British, Caribbean or African.</summary>
    public long Black { get; }

    /// <summary>Asian or Asian British.</summary>
    public long Asian { get; }

    /// <summary>Mixed or multiple ethnic groups.</summary>
    public long Mixed { get; }

    /// <summary>Other ethnic group.</summary>
    public long Other { get; }

    /// <summary>The five groups together.</summary>
    public long Total => White + Black + Asian + Mixed + Other;

    /// <summary>The count of one group.</summary>
    /// <param name="group">One of the five groups.</param>
    /// <returns>Its count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is <see cref="EthnicGroup.Unknown"/> or not a group.</exception>
    public long this[EthnicGroup group] => group switch
    {
        EthnicGroup.White => White,
        EthnicGroup.Black => Black,
        EthnicGroup.Asian => Asian,
        EthnicGroup.Mixed => Mixed,
        EthnicGroup.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Only the five known groups have counts."),
    };

    /// <summary>The sum of two sets of counts, group by group (areas added together).</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sums.</returns>
    public static EthnicGroupCounts operator +(EthnicGroupCounts left, EthnicGroupCounts right) =>
        new(left.White + right.White, left.Black + right.Black, left.Asian + right.Asian, left.Mixed + right.Mixed, left.Other + right.Other);

    /// <summary>The same as <c>+</c>, for languages without operators.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sums.</returns>
    public static EthnicGroupCounts Add(EthnicGroupCounts left, EthnicGroupCounts right) => left + right;
}
