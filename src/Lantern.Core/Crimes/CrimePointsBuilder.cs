using Lantern.Core.Time;

namespace Lantern.Core.Crimes;

/// <summary>Collects crimes for a <see cref="CrimePoints"/>. Not thread safe.</summary>
public sealed class CrimePointsBuilder
{
    private double[] _easting;
    private double[] _northing;
    private CrimeCategory[] _category;
    private double[] _harm;
    private int[] _month;
    private long[] _from;
    private long[] _to;
    private int _count;
    private int _timed;

    /// <summary>Creates a builder.</summary>
    /// <param name="capacity">Expected number of crimes.</param>
    public CrimePointsBuilder(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        capacity = Math.Max(capacity, 16);
        _easting = new double[capacity];
        _northing = new double[capacity];
        _category = new CrimeCategory[capacity];
        _harm = new double[capacity];
        _month = new int[capacity];
        _from = new long[capacity];
        _to = new long[capacity];
    }

    /// <summary>Number of crimes added.</summary>
    public int Count => _count;

    /// <summary>Adds a month-only crime.</summary>
    /// <param name="easting">Metres (BNG).</param>
    /// <param name="northing">Metres (BNG).</param>
    /// <param name="category">Category.</param>
    /// <param name="harm">Harm weight, non-negative.</param>
    /// <param name="month">Month.</param>
    public void Add(double easting, double northing, CrimeCategory category, double harm, YearMonth month) =>
        Add(easting, northing, category, harm, month, null, null);

    /// <summary>Adds a crime, with its local-time window when known.</summary>
    /// <param name="easting">Metres (BNG).</param>
    /// <param name="northing">Metres (BNG).</param>
    /// <param name="category">Category.</param>
    /// <param name="harm">Harm weight, non-negative.</param>
    /// <param name="month">Month.</param>
    /// <param name="from">Start of the window, local time, or null.</param>
    /// <param name="to">End of the window, local time, or null (then equal to <paramref name="from"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate or weight is not finite, or the window ends before it starts.</exception>
    public void Add(double easting, double northing, CrimeCategory category, double harm, YearMonth month, DateTime? from, DateTime? to)
    {
        if (!double.IsFinite(easting) || !double.IsFinite(northing))
        {
            throw new ArgumentOutOfRangeException(nameof(easting), "Coordinates must be finite.");
        }

        if (!double.IsFinite(harm) || harm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(harm), "Harm must be finite and non-negative.");
        }

        if (from is not null && to is not null && to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "A time window cannot end before it starts.");
        }

        if (_count == _easting.Length)
        {
            Grow();
        }

        _easting[_count] = easting;
        _northing[_count] = northing;
        _category[_count] = category;
        _harm[_count] = harm;
        _month[_count] = month.Index;
        if (from is { } f)
        {
            _from[_count] = f.Ticks;
            _to[_count] = (to ?? f).Ticks;
            _timed++;
        }

        _count++;
    }

    /// <summary>Creates the set; the builder must not be used afterwards.</summary>
    /// <returns>The crimes.</returns>
    public CrimePoints Build() => new(_easting, _northing, _category, _harm, _month, _from, _to, _count, _timed);

    private void Grow()
    {
        int n = _easting.Length * 2;
        Array.Resize(ref _easting, n);
        Array.Resize(ref _northing, n);
        Array.Resize(ref _category, n);
        Array.Resize(ref _harm, n);
        Array.Resize(ref _month, n);
        Array.Resize(ref _from, n);
        Array.Resize(ref _to, n);
    }
}
