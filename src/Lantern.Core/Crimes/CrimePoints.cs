using Lantern.Core.Time;

namespace Lantern.Core.Crimes;

/// <summary>
/// Located crimes as columns (structure of arrays), the input of every place-based analysis. Built with
/// <see cref="CrimePointsBuilder"/>; immutable afterwards.
/// </summary>
/// <remarks>
/// Every crime has a month. Crimes from a force export also carry a local-time window [From, To] (Europe/London
/// wall-clock ticks); month-only crimes (data.police.uk) have From = To = 0. Code
/// that needs hours must check <see cref="TimedCount"/> and never invent them.
/// </remarks>
public sealed class CrimePoints
{
    private readonly double[] _easting;
    private readonly double[] _northing;
    private readonly CrimeCategory[] _category;
    private readonly double[] _harm;
    private readonly int[] _month;
    private readonly long[] _fromTicks;
    private readonly long[] _toTicks;
    private readonly int _start;

    internal CrimePoints(double[] easting, double[] northing, CrimeCategory[] category, double[] harm, int[] month,
        long[] fromTicks, long[] toTicks, int count, int timedCount, int start = 0)
    {
        _easting = easting;
        _northing = northing;
        _category = category;
        _harm = harm;
        _month = month;
        _fromTicks = fromTicks;
        _toTicks = toTicks;
        Count = count;
        TimedCount = timedCount;
        _start = start;
    }

    /// <summary>An empty set.</summary>
    public static CrimePoints Empty { get; } = new CrimePointsBuilder().Build();

    /// <summary>Number of crimes.</summary>
    public int Count { get; }

    /// <summary>Number of crimes with a time window (from a force export).</summary>
    public int TimedCount { get; }

    /// <summary>The crimes from <paramref name="start"/> on, <paramref name="length"/> of them, sharing this set's storage (no copy).</summary>
    /// <param name="start">Index of the first crime.</param>
    /// <param name="length">Number of crimes.</param>
    /// <returns>The crimes in that range, in the same order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the set.</exception>
    public CrimePoints Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Count - start);
        int timed = 0;
        foreach (long from in FromTicks.Slice(start, length))
        {
            if (from != 0)
            {
                timed++;
            }
        }

        return new CrimePoints(_easting, _northing, _category, _harm, _month, _fromTicks, _toTicks, length, timed, _start + start);
    }

    /// <summary>Eastings in metres (BNG).</summary>
    public ReadOnlySpan<double> Easting => _easting.AsSpan(_start, Count);

    /// <summary>Northings in metres (BNG).</summary>
    public ReadOnlySpan<double> Northing => _northing.AsSpan(_start, Count);

    /// <summary>Canonical categories.</summary>
    public ReadOnlySpan<CrimeCategory> Category => _category.AsSpan(_start, Count);

    /// <summary>Harm weight of each crime, from the harm table the caller chose (0 when not counted).</summary>
    public ReadOnlySpan<double> Harm => _harm.AsSpan(_start, Count);

    /// <summary>Month of each crime as <see cref="YearMonth.Index"/>.</summary>
    public ReadOnlySpan<int> MonthIndex => _month.AsSpan(_start, Count);

    /// <summary>Start of each crime's time window, local wall-clock ticks; 0 when month-only.</summary>
    public ReadOnlySpan<long> FromTicks => _fromTicks.AsSpan(_start, Count);

    /// <summary>End of each crime's time window, local wall-clock ticks; 0 when month-only.</summary>
    public ReadOnlySpan<long> ToTicks => _toTicks.AsSpan(_start, Count);
}
