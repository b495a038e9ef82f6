namespace Lantern.Core.Forecasting;

/// <summary>
/// The triggering kernel in time: a variable-bandwidth Gaussian kernel density of sampled delays (each delay's σ the gap to
/// its k-th nearest delay, at least one bin), reflected at 0 and held as a table over [0, cut-off] that integrates to 1.
/// </summary>
internal sealed class DelayKernel
{
    /// <summary>Bins of the table over [0, cut-off].</summary>
    public const int Bins = 512;
    private readonly double[] _density = new double[Bins];
    private readonly double[] _cumulative = new double[Bins + 1];
    private readonly double _bin;

    public DelayKernel(ReadOnlySpan<double> delays, int k, double cutoff)
    {
        _bin = cutoff / Bins;
        Cutoff = cutoff;
        double[] sorted = delays.ToArray();
        Array.Sort(sorted);
        int n = sorted.Length;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double sigma = Math.Max(KthGap(sorted, i, Math.Min(k, n - 1)), _bin);
            double mean = sorted[i];
            Mean += mean / n;
            int b0 = Math.Max(0, (int)((mean - (4 * sigma)) / _bin)), b1 = Math.Min(Bins - 1, (int)((mean + (4 * sigma)) / _bin));
            double half = -0.5 / (sigma * sigma);
            for (int b = b0; b <= b1; b++)
            {
                double at = (b + 0.5) * _bin;
                double v = Math.Exp((at - mean) * (at - mean) * half) + Math.Exp((at + mean) * (at + mean) * half); // reflected at 0
                _density[b] += v / sigma;
                sum += v / sigma;
            }
        }

        for (int b = 0; b < Bins; b++)
        {
            _density[b] = sum > 0 ? _density[b] / (sum * _bin) : 1 / cutoff;
            _cumulative[b + 1] = _cumulative[b] + (_density[b] * _bin);
            LastBin = _density[b] > 0 ? b : LastBin;
        }
    }

    /// <summary>The last bin with density above 0: longer delays have none.</summary>
    public int LastBin { get; }

    public double Cutoff { get; }

    /// <summary>The mean of the delays it was built from.</summary>
    public double Mean { get; }

    /// <summary>Density at a delay (0 outside [0, cut-off]).</summary>
    public double At(double delay)
    {
        int b = (int)(delay / _bin);
        return delay >= 0 && b < Bins ? _density[b] : 0;
    }

    /// <summary>The bin of a delay in [0, cut-off] (the last bin for the cut-off itself).</summary>
    public static int BinOf(double delay, double cutoff) => Math.Clamp((int)(delay / (cutoff / Bins)), 0, Bins - 1);

    /// <summary>Density in a bin.</summary>
    public double AtBin(int bin) => _density[bin];

    /// <summary>∫ from 0 to <paramref name="delay"/> of the density, linear within a bin.</summary>
    public double Integral(double delay)
    {
        if (delay <= 0)
        {
            return 0;
        }

        double position = delay / _bin;
        if (position >= Bins)
        {
            return _cumulative[Bins];
        }

        int b = (int)position;
        return _cumulative[b] + ((position - b) * _density[b] * _bin);
    }

    private static double KthGap(double[] sorted, int i, int k)
    {
        if (k <= 0)
        {
            return 0;
        }

        // The k nearest of a sorted array, with i, fill a window of k + 1 values: the tightest window holding i gives the gap.
        double best = double.PositiveInfinity;
        for (int a = Math.Max(0, i - k); a <= Math.Min(i, sorted.Length - 1 - k); a++)
        {
            best = Math.Min(best, Math.Max(sorted[i] - sorted[a], sorted[a + k] - sorted[i]));
        }

        return best;
    }
}
