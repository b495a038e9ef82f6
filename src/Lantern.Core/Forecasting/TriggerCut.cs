namespace Lantern.Core.Forecasting;

/// <summary>
/// The candidate parents a cap on parents per child left out (<see cref="TriggerPairFinder"/>): for each child whose cap
/// bound, how many events in its buckets' time windows were not examined and a uniform sample of them, kept as kernel-table
/// bins, so that the triggering probability on the left-out pairs can be estimated with the final kernels.
/// </summary>
internal sealed class TriggerCut
{
    /// <summary>Positions sampled from a child's unexamined candidates.</summary>
    public const int Samples = 32;

    private readonly List<int> _child = [];
    private readonly List<double> _weight = [];
    private readonly List<int> _sampleStart = [0];
    private readonly List<ushort> _delayBin = [];
    private readonly List<ushort> _offsetBin = [];

    /// <summary>Children whose cap bound (they had more candidate parents than the cap).</summary>
    public int CappedChildren => _child.Count;

    /// <summary>Estimated (parent, child) pairs within the cut-offs left out, from the samples.</summary>
    public double DroppedPairs
    {
        get
        {
            double sum = 0;
            for (int c = 0; c < _child.Count; c++)
            {
                sum += _weight[c] * (_sampleStart[c + 1] - _sampleStart[c]);
            }

            return sum;
        }
    }

    /// <summary>Records a child whose cap bound: <paramref name="unexamined"/> events left in its time windows, of which
    /// the sampled ones that are pairs are added with <see cref="AddSample"/> before the next child.</summary>
    public void AddChild(int child, long unexamined)
    {
        _child.Add(child);
        _weight.Add((double)unexamined / Samples);
        _sampleStart.Add(_delayBin.Count);
    }

    /// <summary>Appends another cut's children (found after this one's), with their samples.</summary>
    public void AddAll(TriggerCut other)
    {
        int offset = _delayBin.Count;
        _child.AddRange(other._child);
        _weight.AddRange(other._weight);
        for (int c = 1; c < other._sampleStart.Count; c++)
        {
            _sampleStart.Add(offset + other._sampleStart[c]);
        }

        _delayBin.AddRange(other._delayBin);
        _offsetBin.AddRange(other._offsetBin);
    }

    public void AddSample(ushort delayBin, ushort offsetBin)
    {
        _delayBin.Add(delayBin);
        _offsetBin.Add(offsetBin);
        _sampleStart[^1] = _delayBin.Count;
    }

    /// <summary>
    /// The estimated triggering intensity on each capped child's left-out pairs, θ Σ h(Δt) s(Δx, Δy) over them, as child
    /// and value.
    /// </summary>
    public IEnumerable<(int Child, double Lost)> Lost(double theta, DelayKernel delay, OffsetKernel offset)
    {
        for (int c = 0; c < _child.Count; c++)
        {
            double sum = 0;
            for (int s = _sampleStart[c]; s < _sampleStart[c + 1]; s++)
            {
                sum += delay.AtBin(_delayBin[s]) * offset.AtBin(_offsetBin[s]);
            }

            yield return (_child[c], theta * sum * _weight[c]);
        }
    }
}
