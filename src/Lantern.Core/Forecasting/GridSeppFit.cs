namespace Lantern.Core.Forecasting;

/// <summary>
/// Expectation-maximisation for the grid self-exciting model. Each E-step is one pass in time order carrying, per cell,
/// A = Σ e^(−ω(t − tᵢ)) and B = Σ (t − tᵢ) e^(−ω(t − tᵢ)) over earlier events, which give every event's intensity and the
/// expected counts and ages of triggered events without listing pairs.
/// </summary>
internal sealed class GridSeppFit
{
    private readonly GridSeppData _data;
    private readonly bool _edgeCorrection;
    private readonly int _maxIterations;
    private readonly double _tolerance;
    private readonly double[] _last;
    private readonly double[] _sumA;
    private readonly double[] _sumB;
    private readonly double[] _background;
    private readonly double[] _weightedBackground;

    public GridSeppFit(GridSeppData data, double length, double origin, bool edgeCorrection, int maxIterations, double tolerance)
    {
        _data = data;
        Length = length;
        Origin = origin;
        _edgeCorrection = edgeCorrection;
        _maxIterations = maxIterations;
        _tolerance = tolerance;
        int cells = data.CellCount;
        _last = new double[cells];
        _sumA = new double[cells];
        _sumB = new double[cells];
        _background = new double[cells];
        _weightedBackground = new double[cells];
        Mu = new double[cells];
        WeightedMu = new double[cells];
    }

    /// <summary>T: the length of the observation period, in the data's time units.</summary>
    public double Length { get; }

    public double Origin { get; }

    public double Theta { get; private set; }

    public double NeighbourTheta { get; private set; }

    public double Omega { get; private set; }

    /// <summary>Background rate of each occupied cell, events per time unit.</summary>
    public double[] Mu { get; }

    /// <summary>Background rate of harm (or count) per time unit: the background share of each event times its weight.</summary>
    public double[] WeightedMu { get; }

    public int Iterations { get; private set; }

    public bool Converged { get; private set; }

    public double LogLikelihood { get; private set; }

    public void Run()
    {
        int n = _data.Count;
        if (n == 0 || !(Length > 0))
        {
            // Nothing to learn from (no events, or all at one instant): a background spread over the events, nothing triggered.
            for (int i = 0; i < n; i++)
            {
                int c = _data.Cell[i];
                Mu[c] += 1 / Math.Max(Length, 1);
                WeightedMu[c] += _data.Weight[i] / Math.Max(Length, 1);
            }

            return;
        }

        // x = (θ, θ₁, ω, μ of each cell). EM steps, accelerated by SQUAREM (Varadhan & Roland 2008, scheme S3): two steps
        // give a direction, a step along it is taken when it keeps the parameters valid and does not lower the likelihood,
        // and one more EM step stabilises it. EM alone crawls when θ₁ or θ is near 0.
        int size = 3 + _data.CellCount;
        double[] x0 = new double[size], x1 = new double[size], x2 = new double[size], xs = new double[size], x3 = new double[size];
        x0[0] = 0.5;
        x0[1] = HasNeighbourCells() ? 0.5 / 8 : 0;
        x0[2] = 1;
        foreach (int c in _data.Cell)
        {
            x0[3 + c] += 1 / (2 * Length);
        }

        int steps = 0;
        while (steps < _maxIterations)
        {
            double l0 = Step(x0, x1);
            steps++;
            if (Change(x0, x1) < _tolerance || steps >= _maxIterations)
            {
                Converged = Change(x0, x1) < _tolerance;
                (x0, x1) = (x1, x0);
                break;
            }

            double l1 = Step(x1, x2);
            steps++;
            if (Change(x1, x2) < _tolerance || steps >= _maxIterations)
            {
                Converged = Change(x1, x2) < _tolerance;
                (x0, x2) = (x2, x0);
                break;
            }

            double rr = 0, vv = 0;
            for (int i = 0; i < size; i++)
            {
                double r = x1[i] - x0[i], v = x2[i] - (2 * x1[i]) + x0[i];
                rr += r * r;
                vv += v * v;
            }

            // The step length, shortened towards −1 (plain EM) until every parameter stays positive (Varadhan & Roland's
            // back-tracking): one cell's background overshooting below 0 should not cost the whole acceleration.
            double alpha = vv > 0 ? Math.Min(-Math.Sqrt(rr / vv), -1) : -1;
            bool valid = false;
            while (alpha < -1.01 && !valid)
            {
                valid = true;
                for (int i = 0; i < size && valid; i++)
                {
                    double r = x1[i] - x0[i], v = x2[i] - (2 * x1[i]) + x0[i];
                    xs[i] = x0[i] - (2 * alpha * r) + (alpha * alpha * v);
                    valid = double.IsFinite(xs[i]) && (xs[i] > 0 || (xs[i] == 0 && x2[i] == 0));
                }

                alpha = valid ? alpha : (alpha - 1) / 2;
            }

            if (!valid)
            {
                (x0, x2) = (x2, x0);
                continue;
            }

            double ls = Step(xs, x3);
            steps++;
            if (ls >= l1 && ls >= l0)
            {
                (x0, x3) = (x3, x0);
            }
            else
            {
                // The extrapolation lowered the likelihood: keep the plain EM steps (x2) and redo the weighted background for it.
                Step(x1, x2);
                steps++;
                (x0, x2) = (x2, x0);
            }
        }

        Iterations = steps;
        Theta = x0[0];
        NeighbourTheta = x0[1];
        Omega = x0[2];
        Array.Copy(x0, 3, Mu, 0, Mu.Length);
    }

    /// <summary>
    /// One EM step from <paramref name="x"/> into <paramref name="next"/>; sets the weighted background of the step and
    /// returns the log-likelihood at <paramref name="x"/>.
    /// </summary>
    private double Step(double[] x, double[] next)
    {
        int n = _data.Count;
        double theta = x[0], theta1 = x[1], omega = x[2];
        ReadOnlySpan<double> mu = x.AsSpan(3);
        (double p0, double p1, double ages, double logL) = Expect(theta, theta1, omega, mu);

        // The compensator: offspring expected within the observation period, Σ (1 − e^(−ω(T − tᵢ))) (by expm1, exact when ω is
        // small), and the ages term Σ (T − tᵢ) e^(−ω(T − tᵢ)) of the edge-corrected ω.
        double within0 = 0, f0 = 0, within1 = 0, f1 = 0, m = 0;
        for (int i = 0; i < n; i++)
        {
            double left = Length - (_data.Time[i] - Origin);
            double seen = -double.ExpM1(-omega * left);
            double decay = 1 - seen;
            int cells = _data.NeighbourCells[_data.Cell[i]];
            within0 += seen;
            f0 += left * decay;
            within1 += cells * seen;
            f1 += cells * left * decay;
            m += cells;
        }

        double muSum = 0;
        foreach (double value in mu)
        {
            muSum += value;
        }

        LogLikelihood = logL - (muSum * Length) - (theta * within0) - (theta1 * within1);
        double newOmega;
        if (_edgeCorrection)
        {
            next[0] = p0 / within0;
            next[1] = m > 0 ? p1 / within1 : 0;
            newOmega = (p0 + p1) / (ages + (theta * f0) + (theta1 * f1));
        }
        else
        {
            next[0] = p0 / n;
            next[1] = m > 0 ? p1 / m : 0;
            newOmega = (p0 + p1) / ages;
        }

        // A mean delay longer than the observation period cannot be told from background (θω fixed as ω → 0 makes a
        // rising background): ω is kept at least 1/T.
        next[2] = double.IsFinite(newOmega) && newOmega > 0 ? Math.Max(newOmega, 1 / Length) : omega;
        for (int c = 0; c < Mu.Length; c++)
        {
            next[3 + c] = _background[c] / Length;
            WeightedMu[c] = _weightedBackground[c] / Length;
        }

        return double.IsNaN(LogLikelihood) ? double.NegativeInfinity : LogLikelihood;
    }

    // The largest change between two parameter vectors, each against its own scale, so that a θ₁ or μ shrinking towards 0
    // does not hold EM open.
    private static double Change(double[] a, double[] b)
    {
        double branching = Math.Max(a[0] + (8 * a[1]), 1e-6);
        double change = Math.Max(Math.Abs(b[0] - a[0]), 8 * Math.Abs(b[1] - a[1])) / branching;
        change = Math.Max(change, Relative(a[2], b[2], 0));
        double muSum = 0;
        for (int i = 3; i < a.Length; i++)
        {
            muSum += a[i];
        }

        double muFloor = a.Length > 3 ? 1e-3 * muSum / (a.Length - 3) : 0;
        for (int i = 3; i < a.Length; i++)
        {
            change = Math.Max(change, Relative(a[i], b[i], muFloor));
        }

        return change;
    }

    private bool HasNeighbourCells()
    {
        foreach (int cells in _data.NeighbourCells)
        {
            if (cells > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static double Relative(double old, double now, double floor) =>
        old == now ? 0 : Math.Abs(now - old) / Math.Max(Math.Max(Math.Abs(old), floor), 1e-300);

    // One pass in time order. Events at the same time are read together before any of them is added, so none triggers another.
    private (double SameCell, double Neighbour, double Ages, double LogL) Expect(double theta, double theta1, double omega, ReadOnlySpan<double> mu)
    {
        Array.Fill(_last, double.NegativeInfinity);
        Array.Clear(_sumA);
        Array.Clear(_sumB);
        Array.Clear(_background);
        Array.Clear(_weightedBackground);
        double[] time = _data.Time;
        int[] cell = _data.Cell;
        int n = time.Length;
        double p0 = 0, p1 = 0, ages = 0, logL = 0;
        int g0 = 0;
        while (g0 < n)
        {
            int g1 = g0 + 1;
            while (g1 < n && time[g1] == time[g0])
            {
                g1++;
            }

            double t = time[g0];
            double ownA = 0, ownB = 0;
            for (int j = g0; j < g1; j++)
            {
                int c = cell[j];
                (double a0, double b0) = Read(c, t, omega);
                (ownA, ownB) = (a0, b0);
                double a1 = 0, b1 = 0;
                for (int s = _data.NeighbourStart[c]; s < _data.NeighbourStart[c + 1]; s++)
                {
                    (double a, double b) = Read(_data.Neighbours[s], t, omega);
                    a1 += a;
                    b1 += b;
                }

                double trig0 = theta * omega * a0, trig1 = theta1 * omega * a1;
                double lambda = mu[c] + trig0 + trig1;
                double background = mu[c] / lambda;
                _background[c] += background;
                _weightedBackground[c] += background * _data.Weight[j];
                p0 += trig0 / lambda;
                p1 += trig1 / lambda;
                ages += omega * ((theta * b0) + (theta1 * b1)) / lambda;
                logL += Math.Log(lambda);
            }

            for (int j = g0; j < g1; j++)
            {
                int c = cell[j];
                (double a, double b) = j == g0 && g1 == g0 + 1 ? (ownA, ownB) : Read(c, t, omega);
                _sumA[c] = a + 1;
                _sumB[c] = b;
                _last[c] = t;
            }

            g0 = g1;
        }

        return (p0, p1, ages, logL);
    }

    private (double A, double B) Read(int c, double t, double omega)
    {
        double a = _sumA[c];
        if (a == 0)
        {
            return (0, 0);
        }

        double gap = t - _last[c];
        double decay = Math.Exp(-omega * gap);
        return (decay * a, decay * (_sumB[c] + (gap * a)));
    }
}
