namespace Lantern.Core.Forecasting;

/// <summary>
/// The triggering kernel in space: a variable-bandwidth Gaussian kernel density of sampled offsets (child − parent; each
/// offset's σ the distance to its k-th nearest offset, at least one bin), held as a table over the disc of the space cut-off
/// that integrates to 1 (per m²).
/// </summary>
internal sealed class OffsetKernel
{
    /// <summary>Bins a side of the table over [−cut-off, cut-off]².</summary>
    public const int Side = 80;
    private readonly double[] _density = new double[Side * Side];
    private readonly double[] _mass = new double[(Side + 1) * (Side + 1)];
    private readonly double _bin;
    private readonly double _reach;

    public OffsetKernel(ReadOnlySpan<double> dx, ReadOnlySpan<double> dy, int k, double cutoff)
    {
        _reach = cutoff;
        _bin = 2 * cutoff / Side;
        int n = dx.Length;
        var index = new PointGrid(dx, dy, Math.Max(_bin, cutoff / 20));
        Span<double> scratch = stackalloc double[Math.Max(1, Math.Min(k, 1000))];
        int kk = Math.Min(k, n - 1);
        Span<double> wx = stackalloc double[Side];
        Span<double> wy = stackalloc double[Side];
        for (int i = 0; i < n; i++)
        {
            double sigma = kk > 0 ? Math.Sqrt(index.KthNearestSquared(i, kk, scratch)) : cutoff / 4;
            sigma = double.IsFinite(sigma) ? Math.Max(sigma, _bin) : cutoff / 4;
            MeanDistance += Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i])) / n;
            int a0 = Bin(dx[i] - (4 * sigma)), a1 = Bin(dx[i] + (4 * sigma));
            int b0 = Bin(dy[i] - (4 * sigma)), b1 = Bin(dy[i] + (4 * sigma));
            double half = -0.5 / (sigma * sigma);
            for (int a = a0; a <= a1; a++)
            {
                double d = Centre(a) - dx[i];
                wx[a] = Math.Exp(d * d * half);
            }

            for (int b = b0; b <= b1; b++)
            {
                double d = Centre(b) - dy[i];
                wy[b] = Math.Exp(d * d * half) / (sigma * sigma);
            }

            for (int b = b0; b <= b1; b++)
            {
                int row = b * Side;
                double vy = wy[b];
                for (int a = a0; a <= a1; a++)
                {
                    _density[row + a] += wx[a] * vy;
                }
            }
        }

        // Keep the disc of the cut-off (pairs farther apart are never considered) and make it integrate to 1.
        double sum = 0, r2 = cutoff * cutoff;
        for (int b = 0; b < Side; b++)
        {
            for (int a = 0; a < Side; a++)
            {
                double cx = Centre(a), cy = Centre(b);
                if ((cx * cx) + (cy * cy) > r2)
                {
                    _density[(b * Side) + a] = 0;
                }

                sum += _density[(b * Side) + a];
            }
        }

        double scale = sum > 0 ? 1 / (sum * _bin * _bin) : 0;
        for (int i = 0; i < _density.Length; i++)
        {
            _density[i] *= scale;
        }

        // Summed-area table of the mass (density × bin area) for integrals over rectangles.
        for (int b = 0; b < Side; b++)
        {
            for (int a = 0; a < Side; a++)
            {
                _mass[((b + 1) * (Side + 1)) + a + 1] = (_density[(b * Side) + a] * _bin * _bin) + _mass[(b * (Side + 1)) + a + 1]
                    + _mass[((b + 1) * (Side + 1)) + a] - _mass[(b * (Side + 1)) + a];
            }
        }
    }

    /// <summary>The mean distance of the offsets it was built from, metres.</summary>
    public double MeanDistance { get; }

    /// <summary>Density per m² at an offset (0 outside the cut-off's square).</summary>
    public double At(double dx, double dy)
    {
        if (Math.Abs(dx) >= _reach || Math.Abs(dy) >= _reach)
        {
            return 0;
        }

        return _density[(Bin(dy) * Side) + Bin(dx)];
    }

    /// <summary>
    /// The kernel's mass over offsets in [x0, x1) × [y0, y1), metres, counting the table bins whose centres fall inside
    /// (the share of the kernel that lands in a cell that far from the parent).
    /// </summary>
    public double Integral(double x0, double x1, double y0, double y1)
    {
        int a0 = Edge(x0), a1 = Edge(x1), b0 = Edge(y0), b1 = Edge(y1);
        if (a1 <= a0 || b1 <= b0)
        {
            return 0;
        }

        const int Stride = Side + 1;
        return _mass[(b1 * Stride) + a1] - _mass[(b0 * Stride) + a1] - _mass[(b1 * Stride) + a0] + _mass[(b0 * Stride) + a0];
    }

    // The first bin whose centre is at or after an offset, 0 .. Side.
    private int Edge(double offset) => Math.Clamp((int)Math.Ceiling(((offset + _reach) / _bin) - 0.5), 0, Side);

    /// <summary>The table position of an offset inside the cut-off's square.</summary>
    public static int BinOf(double dx, double dy, double cutoff)
    {
        double bin = 2 * cutoff / Side;
        int a = Math.Clamp((int)Math.Floor((dx + cutoff) / bin), 0, Side - 1), b = Math.Clamp((int)Math.Floor((dy + cutoff) / bin), 0, Side - 1);
        return (b * Side) + a;
    }

    /// <summary>Density at a table position.</summary>
    public double AtBin(int bin) => _density[bin];

    private int Bin(double offset) => Math.Clamp((int)Math.Floor((offset + _reach) / _bin), 0, Side - 1);

    private double Centre(int bin) => ((bin + 0.5) * _bin) - _reach;
}
