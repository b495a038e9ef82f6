using Lantern.Core.Tasking;

namespace Lantern.Core.Forecasting;

/// <summary>
/// Stochastic declustering (Mohler et al. 2011, after Zhuang, Ogata &amp; Vere-Jones 2002): each iteration draws for every
/// event a parent (or none: background) from the current probabilities, then re-estimates the background density from the
/// background events and the triggering kernel from the sampled (delay, offset) pairs, with variable-bandwidth Gaussian
/// kernels. Candidate parents are limited to the cut-offs and found once (<see cref="TriggerPairs"/>); the background is
/// spread only to events within 3σ of each background event through a bucket grid. The work a child or a place does alone
/// (candidate pairs, triggering sums, bandwidths, background kernels) runs in parallel in fixed chunks, every sum in an
/// order that does not depend on the threads, and the sampling draws one seeded stream in child order: the same seed and
/// events give the same fit, bit for bit, on any number of threads.
/// </summary>
internal sealed class ContinuousSeppFit
{
    /// <summary>Background kernels are cut at this many σ (1.1% of a 2-D Gaussian's mass lies beyond).</summary>
    public const double BackgroundSigmas = 3;

    /// <summary>Children a chunk in the parallel loops over children.</summary>
    private const int ChildChunk = 1024;

    /// <summary>Buckets of the grid whose order the places are visited in (<see cref="PointGridLevels.NearbyOrder"/>), metres.</summary>
    private const double NearbyBucket = 200;

    /// <summary>Places a chunk in the parallel loop of the bandwidths.</summary>
    private const int PlaceChunk = 256;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _t;
    private readonly TriggerPairs _pairs;
    private readonly int[] _location;
    private readonly double[] _ux;
    private readonly double[] _uy;
    private readonly PointGridLevels _locations;
    private readonly BackgroundSpread _spread;
    private readonly int[] _backgroundAt;
    private readonly double[] _backgroundDensity;
    private readonly double[] _placeSigma;
    private readonly int[] _nearby;
    private readonly ContinuousSeppMethod _options;
    private readonly ParallelOptions _parallel;
    private readonly double _timeCutoff;
    private readonly double _minimumSigma;

    public ContinuousSeppFit(double[] x, double[] y, double[] t, double length, ContinuousSeppMethod options, double timeCutoff, double unit)
    {
        _x = x;
        _y = y;
        _t = t;
        Length = length;
        _options = options;
        _timeCutoff = timeCutoff;
        InitialTimeScale = 0.1 * unit;
        _minimumSigma = options.MinimumBandwidthMetres;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        _pairs = TriggerPairs.Find(x, y, t, options.SpaceCutoffMetres, timeCutoff, options.MaxParents, _parallel);
        (_location, _ux, _uy) = Places(x, y);
        _locations = new PointGridLevels(_ux, _uy, Math.Max(options.MinimumBandwidthMetres, 1), 4 * options.SpaceCutoffMetres);
        _nearby = _locations.NearbyOrder(NearbyBucket).ToArray();
        _spread = new BackgroundSpread(_ux, _uy, _locations, _nearby);
        _backgroundAt = new int[_ux.Length];
        _backgroundDensity = new double[_ux.Length];
        _placeSigma = new double[_ux.Length];
        Array.Fill(_placeSigma, TypicalSpacing(_ux, _uy, options.BackgroundNeighbours));
        Background = [];
        BackgroundSigma = [];
    }

    public double Length { get; }

    public int PairCount => _pairs.Count;

    /// <summary>The initial time scale of triggering: 0.1 day (or month), after Rosser &amp; Cheng (2016) as open_cp uses it.</summary>
    public double InitialTimeScale { get; }

    public double Theta { get; private set; }

    public int[] Background { get; private set; }

    public double[] BackgroundSigma { get; private set; }

    public DelayKernel? Delay { get; private set; }

    public OffsetKernel? Offset { get; private set; }

    public int Iterations { get; private set; }

    /// <summary>Children whose cap on candidate parents bound.</summary>
    public int CappedChildren => _pairs.Cut.CappedChildren;

    /// <summary>Estimated candidate pairs the cap left out.</summary>
    public double DroppedPairs => _pairs.Cut.DroppedPairs;

    /// <summary>Estimated share of the triggering intensity at the events, Σ θ h s over all candidate pairs, that falls on
    /// the pairs the cap left out, with the final estimates.</summary>
    public double LostTriggerShare { get; private set; }

    /// <summary>Estimated share of the events whose parent, drawn from the final estimates with every candidate, would have
    /// been one the cap left out: the mean over events of the left-out pairs' share of the event's intensity.</summary>
    public double LostParentShare { get; private set; }

    public void Run()
    {
        int n = _t.Length;
        double[] background = new double[n];
        float[] trigger = new float[_pairs.Count];
        double[] triggerSum = new double[n];
        int[] triggerEnd = new int[n];
        Array.Fill(background, 1);
        double s0 = 2 * 50.0 * 50.0; // initial spatial scale 50 m (Rosser & Cheng 2016)
        FixedChunks.For(n, ChildChunk, _parallel, (_, from, to) =>
        {
            double[] exponent = [];
            for (int j = from; j < to; j++)
            {
                int p0 = _pairs.Start[j], p1 = _pairs.Start[j + 1];
                if (exponent.Length < p1 - p0)
                {
                    exponent = new double[Math.Max(p1 - p0, 2 * exponent.Length)];
                }

                for (int p = p0; p < p1; p++)
                {
                    int i = _pairs.Parent[p];
                    double ex = _x[j] - _x[i], ey = _y[j] - _y[i];
                    exponent[p - p0] = (-(_t[j] - _t[i]) / InitialTimeScale) - (((ex * ex) + (ey * ey)) / s0);
                }

                VectorExp.InPlace(exponent.AsSpan(0, p1 - p0));
                double sum = 0;
                for (int p = p0; p < p1; p++)
                {
                    trigger[p] = (float)exponent[p - p0];
                    sum += trigger[p];
                }

                triggerSum[j] = sum;
                triggerEnd[j] = p1;
            }
        });

        var random = new SplitMix64(unchecked((ulong)_options.Seed));
        var backgroundEvents = new List<int>(n);
        var delays = new List<double>();
        var dx = new List<double>();
        var dy = new List<double>();
        for (int iteration = 1; iteration <= _options.Iterations; iteration++)
        {
            if (iteration > 1)
            {
                Triggers(trigger, triggerSum, triggerEnd);
            }

            backgroundEvents.Clear();
            delays.Clear();
            dx.Clear();
            dy.Clear();
            for (int j = 0; j < n; j++)
            {
                // One stream in child order: the draws do not depend on the threads.
                double u = (random.NextDouble() * (background[j] + triggerSum[j])) - background[j];
                int chosen = -1;
                for (int p = _pairs.Start[j]; p < triggerEnd[j] && u >= 0; p++)
                {
                    u -= trigger[p];
                    chosen = u < 0 ? p : chosen;
                }

                if (chosen < 0)
                {
                    backgroundEvents.Add(j);
                }
                else
                {
                    int i = _pairs.Parent[chosen];
                    delays.Add(_t[j] - _t[i]);
                    dx.Add(_x[j] - _x[i]);
                    dy.Add(_y[j] - _y[i]);
                }
            }

            Estimate(backgroundEvents, delays, dx, dy, background);
            Iterations = iteration;
        }

        EstimateLoss(trigger, background);
    }

    // What the cap on parents cost, with the final estimates: each capped child's intensity on its left-out pairs (from
    // their sample) beside its background and its kept pairs' triggering.
    private void EstimateLoss(float[] trigger, double[] background)
    {
        if (Theta == 0 || Delay is not { } delay || Offset is not { } offset)
        {
            return;
        }

        int n = _t.Length;
        double[] kept = new double[n];
        Triggers(trigger, kept, new int[n]);
        double keptTotal = 0;
        for (int j = 0; j < n; j++)
        {
            keptTotal += kept[j];
        }

        double lostTotal = 0, parentShare = 0;
        foreach ((int child, double lost) in _pairs.Cut.Lost(Theta, delay, offset))
        {
            lostTotal += lost;
            double total = background[child] + kept[child] + lost;
            parentShare += total > 0 ? lost / total : 0;
        }

        LostTriggerShare = keptTotal + lostTotal > 0 ? lostTotal / (keptTotal + lostTotal) : 0;
        LostParentShare = parentShare / n;
    }

    // θ h(Δt) s(Δx, Δy) for the pairs of each child, from the table bins found with the pairs, shortest delay first, up to
    // the first pair beyond the delay kernel's support: their sum and where they stopped, by child.
    private void Triggers(float[] trigger, double[] sum, int[] end)
    {
        if (Theta == 0 || Delay is not { } delay || Offset is not { } offset)
        {
            Array.Clear(sum);
            Array.Copy(_pairs.Start, end, end.Length);
            return;
        }

        FixedChunks.For(_t.Length, ChildChunk, _parallel, (_, from, to) =>
        {
            ushort[] delayBin = _pairs.DelayBin, offsetBin = _pairs.OffsetBin;
            int last = delay.LastBin;
            for (int j = from; j < to; j++)
            {
                double childSum = 0;
                int p = _pairs.Start[j], p1 = _pairs.Start[j + 1];
                for (; p < p1 && delayBin[p] <= last; p++)
                {
                    float value = (float)(Theta * delay.AtBin(delayBin[p]) * offset.AtBin(offsetBin[p]));
                    trigger[p] = value;
                    childSum += value;
                }

                sum[j] = childSum;
                end[j] = p;
            }
        });
    }

    // θ, the background density at every event and the triggering kernels from one sample.
    private void Estimate(List<int> backgroundEvents, List<double> delays, List<double> dx, List<double> dy, double[] background)
    {
        int n = _t.Length;
        Theta = (double)delays.Count / n;
        Background = [.. backgroundEvents];
        BackgroundSigma = Bandwidths(Background, _options.BackgroundNeighbours);

        _spread.Spread(_backgroundAt, _placeSigma, Length, _backgroundDensity, _parallel);
        for (int j = 0; j < n; j++)
        {
            background[j] = _backgroundDensity[_location[j]];
        }

        if (delays.Count > 0)
        {
            Delay = new DelayKernel(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(delays), _options.TriggerNeighbours, _timeCutoff);
            Offset = new OffsetKernel(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(dx),
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(dy), _options.TriggerNeighbours, _options.SpaceCutoffMetres);
        }
    }

    /// <summary>
    /// σ of each background event: the distance to its k-th nearest other background event, at least the minimum. Events
    /// at one place share it, so it is found once a place, counting each place's background events.
    /// </summary>
    private double[] Bandwidths(int[] events, int k)
    {
        Array.Clear(_backgroundAt);
        foreach (int j in events)
        {
            _backgroundAt[_location[j]]++;
        }

        // Each place reads the counts and its own σ (which picks the bucket size to search) and writes only its own σ.
        int kk = Math.Min(k, events.Length - 1);
        FixedChunks.For(_ux.Length, PlaceChunk, _parallel, (_, from, to) =>
        {
            Span<double> scratch = stackalloc double[Math.Max(1, Math.Min(k, 1000))];
            for (int at = from; at < to; at++)
            {
                int u = _nearby[at];
                if (_backgroundAt[u] > 0)
                {
                    double d = kk > 0 ? Math.Sqrt(_locations.For(_placeSigma[u] / 2).KthNearestSquared(u, kk, scratch, _backgroundAt)) : _options.SpaceCutoffMetres;
                    _placeSigma[u] = double.IsFinite(d) ? Math.Max(d, _minimumSigma) : _options.SpaceCutoffMetres;
                }
            }
        });

        double[] sigma = new double[events.Length];
        for (int i = 0; i < events.Length; i++)
        {
            sigma[i] = _placeSigma[_location[events[i]]];
        }

        return sigma;
    }

    /// <summary>Each event's place (events at exactly the same coordinates share one, as at a snap point) and the places.</summary>
    private static (int[] Location, double[] X, double[] Y) Places(double[] x, double[] y)
    {
        var ids = new Dictionary<(double, double), int>();
        int[] location = new int[x.Length];
        var ux = new List<double>();
        var uy = new List<double>();
        for (int i = 0; i < x.Length; i++)
        {
            if (!ids.TryGetValue((x[i], y[i]), out int id))
            {
                id = ids.Count;
                ids.Add((x[i], y[i]), id);
                ux.Add(x[i]);
                uy.Add(y[i]);
            }

            location[i] = id;
        }

        return (location, [.. ux], [.. uy]);
    }

    /// <summary>A bucket side holding about k points on average over the points' bounding box.</summary>
    private static double TypicalSpacing(double[] x, double[] y, int k)
    {
        if (x.Length < 2)
        {
            return 100;
        }

        double w = x.Max() - x.Min(), h = y.Max() - y.Min();
        double area = Math.Max(w, 1) * Math.Max(h, 1);
        return Math.Clamp(Math.Sqrt(area * k / x.Length), 10, 5_000);
    }
}
