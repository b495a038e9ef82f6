using Lantern.Core.Crimes;

namespace Lantern.Core.Forecasting;

/// <summary>
/// The events a forecast learns from, as columns sorted by time: position (BNG metres), time and weight. Immutable and
/// thread safe.
/// </summary>
/// <remarks>
/// <para>Times are in the data's units. At <see cref="TimeResolution.Month"/> an event's time is the middle of its month
/// (month index + 0.5) and it is known from the month's end. At <see cref="TimeResolution.Timestamp"/> it is the middle of its
/// recorded window (from/to), in days since 0001-01-01 local time, and it is known from the window's end: a burglary found
/// on Monday morning that could have happened over the weekend informs forecasts from Monday, not Saturday.</para>
/// <para>An event informs a target when it happened strictly before the target's start and was known by then:
/// <c>Time &lt; start</c> and <c>KnownAt ≤ start</c>. An event at exactly 00:00 of the target day belongs to that day.</para>
/// <para>Crimes without a time window are left out at timestamp resolution (<see cref="LeftOut"/>): they have only a month.</para>
/// </remarks>
public sealed class ForecastEvents
{
    private readonly double[] _easting;
    private readonly double[] _northing;
    private readonly double[] _time;
    private readonly double[] _knownAt;
    private readonly double[] _weight;

    private ForecastEvents(TimeResolution resolution, EventWeighting weighting, double[] easting, double[] northing, double[] time,
        double[] knownAt, double[] weight, int leftOut)
    {
        Resolution = resolution;
        Weighting = weighting;
        _easting = easting;
        _northing = northing;
        _time = time;
        _knownAt = knownAt;
        _weight = weight;
        LeftOut = leftOut;
    }

    /// <summary>The time resolution.</summary>
    public TimeResolution Resolution { get; }

    /// <summary>What <see cref="Weight"/> holds.</summary>
    public EventWeighting Weighting { get; }

    /// <summary>Number of events.</summary>
    public int Count => _time.Length;

    /// <summary>Crimes given that could not be used: without a time window at timestamp resolution.</summary>
    public int LeftOut { get; }

    /// <summary>Eastings, metres (BNG), in time order.</summary>
    public ReadOnlySpan<double> Easting => _easting;

    /// <summary>Northings, metres (BNG), in time order.</summary>
    public ReadOnlySpan<double> Northing => _northing;

    /// <summary>Times in the data's units, non-decreasing.</summary>
    public ReadOnlySpan<double> Time => _time;

    /// <summary>When each event became known (the end of its window or month), in the data's units; at least its <see cref="Time"/>.</summary>
    public ReadOnlySpan<double> KnownAt => _knownAt;

    /// <summary>Weights: 1, or harm.</summary>
    public ReadOnlySpan<double> Weight => _weight;

    /// <summary>The events of a set of crimes.</summary>
    /// <param name="crimes">The crimes.</param>
    /// <param name="resolution">Month, or timestamp (crimes without a window are left out).</param>
    /// <param name="weighting">Count or harm.</param>
    /// <returns>The events, sorted by time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="crimes"/> is null.</exception>
    public static ForecastEvents FromCrimes(CrimePoints crimes, TimeResolution resolution, EventWeighting weighting)
    {
        ArgumentNullException.ThrowIfNull(crimes);
        ReadOnlySpan<long> from = crimes.FromTicks;
        ReadOnlySpan<long> to = crimes.ToTicks;
        ReadOnlySpan<int> month = crimes.MonthIndex;
        ReadOnlySpan<double> harm = crimes.Harm;
        int n = 0;
        for (int i = 0; i < crimes.Count; i++)
        {
            if (resolution == TimeResolution.Month || from[i] != 0)
            {
                n++;
            }
        }

        double[] x = new double[n], y = new double[n], t = new double[n], known = new double[n], w = new double[n];
        int k = 0;
        for (int i = 0; i < crimes.Count; i++)
        {
            if (resolution == TimeResolution.Timestamp && from[i] == 0)
            {
                continue;
            }

            x[k] = crimes.Easting[i];
            y[k] = crimes.Northing[i];
            if (resolution == TimeResolution.Month)
            {
                t[k] = month[i] + 0.5;
                known[k] = month[i] + 1;
            }
            else
            {
                // The middle of the window, computed in ticks first so that equal windows give equal times.
                t[k] = ForecastTarget.DaysOf(from[i] + ((to[i] - from[i]) / 2));
                known[k] = ForecastTarget.DaysOf(to[i]);
            }

            w[k] = weighting == EventWeighting.Harm ? harm[i] : 1;
            k++;
        }

        return Sorted(resolution, weighting, x, y, t, known, w, crimes.Count - n);
    }

    /// <summary>Events given as arrays (simulations, other sources); each is known at its own time.</summary>
    /// <param name="resolution">What the times mean.</param>
    /// <param name="easting">Metres.</param>
    /// <param name="northing">Metres.</param>
    /// <param name="time">Times in the data's units (days, or months: index + 0.5 for the middle of a month).</param>
    /// <param name="weight">Weights (non-negative), or null for 1 each (then <see cref="Weighting"/> is Count, else Harm).</param>
    /// <returns>The events, sorted by time (the arrays are copied).</returns>
    /// <exception cref="ArgumentException">Lengths differ, or a value is not finite, or a weight is negative.</exception>
    public static ForecastEvents FromArrays(TimeResolution resolution, ReadOnlySpan<double> easting, ReadOnlySpan<double> northing,
        ReadOnlySpan<double> time, ReadOnlySpan<double> weight = default)
    {
        int n = time.Length;
        if (easting.Length != n || northing.Length != n || (!weight.IsEmpty && weight.Length != n))
        {
            throw new ArgumentException("Every column must have one value per event.", nameof(time));
        }

        double[] w = weight.IsEmpty ? new double[n] : weight.ToArray();
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(easting[i]) || !double.IsFinite(northing[i]) || !double.IsFinite(time[i]))
            {
                throw new ArgumentException($"Event {i} has a coordinate or time that is not finite.", nameof(time));
            }

            if (weight.IsEmpty)
            {
                w[i] = 1;
            }
            else if (!double.IsFinite(w[i]) || w[i] < 0)
            {
                throw new ArgumentException($"Event {i} has a weight that is negative or not finite.", nameof(weight));
            }
        }

        return Sorted(resolution, weight.IsEmpty ? EventWeighting.Count : EventWeighting.Harm, easting.ToArray(), northing.ToArray(),
            time.ToArray(), time.ToArray(), w, 0);
    }

    /// <summary>The events that happened in [<paramref name="from"/>, <paramref name="start"/>) and were known by <paramref name="start"/>.</summary>
    internal ForecastEvents Between(double from, double start)
    {
        int n = 0;
        for (int i = 0; i < _time.Length; i++)
        {
            if (Informs(i, from, start))
            {
                n++;
            }
        }

        if (n == _time.Length)
        {
            return this;
        }

        double[] x = new double[n], y = new double[n], t = new double[n], known = new double[n], w = new double[n];
        int k = 0;
        for (int i = 0; i < _time.Length; i++)
        {
            if (Informs(i, from, start))
            {
                x[k] = _easting[i];
                y[k] = _northing[i];
                t[k] = _time[i];
                known[k] = _knownAt[i];
                w[k] = _weight[i];
                k++;
            }
        }

        return new ForecastEvents(Resolution, Weighting, x, y, t, known, w, LeftOut);
    }

    private bool Informs(int i, double from, double start) => _time[i] < start && _knownAt[i] <= start && _time[i] >= from;

    private static ForecastEvents Sorted(TimeResolution resolution, EventWeighting weighting, double[] x, double[] y, double[] t,
        double[] known, double[] w, int leftOut)
    {
        int n = t.Length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        // Stable by input position among equal times, so the same crimes always give the same order.
        double[] keys = (double[])t.Clone();
        Array.Sort(keys, order);
        for (int i = 1; i < n; i++)
        {
            if (keys[i] == keys[i - 1] && order[i] < order[i - 1])
            {
                SortTies(keys, order);
                break;
            }
        }

        return new ForecastEvents(resolution, weighting, Permute(x, order), Permute(y, order), keys, Permute(known, order),
            Permute(w, order), leftOut);
    }

    private static void SortTies(double[] keys, int[] order)
    {
        int start = 0;
        for (int i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || keys[i] != keys[start])
            {
                Array.Sort(order, start, i - start);
                start = i;
            }
        }
    }

    private static double[] Permute(double[] values, int[] order)
    {
        double[] result = new double[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            result[i] = values[order[i]];
        }

        return result;
    }
}
