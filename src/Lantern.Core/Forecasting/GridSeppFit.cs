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

        bool neighbours = _data.Neighbours.Length > 0 || HasNeighbourCells();
        double theta = 0.5, theta1 = neighbours ? 0.5 / 8 : 0, omega = 1;
        int[] count = new int[_data.CellCount];
        foreach (int c in _data.Cell)
        {
            count[c]++;
        }

        for (int c = 0; c < count.Length; c++)
        {
            Mu[c] = count[c] / (2 * Length);
        }

        for (int iteration = 1; iteration <= _maxIterations; iteration++)
        {
            (double p0, double p1, double ages, double logL) = Expect(theta, theta1, omega);

            // The compensator: offspring expected within the observation period, Σ (1 − e^(−ω(T − tᵢ))), and the ages term.
            double e0 = 0, f0 = 0, e1 = 0, f1 = 0, m = 0;
            for (int i = 0; i < n; i++)
            {
                double left = Length - (_data.Time[i] - Origin);
                double decay = Math.Exp(-omega * left);
                int cells = _data.NeighbourCells[_data.Cell[i]];
                e0 += decay;
                f0 += left * decay;
                e1 += cells * decay;
                f1 += cells * left * decay;
                m += cells;
            }

            double muSum = 0;
            for (int c = 0; c < Mu.Length; c++)
            {
                muSum += Mu[c];
            }

            LogLikelihood = logL - (muSum * Length) - (theta * (n - e0)) - (theta1 * (m - e1));
            double newTheta, newTheta1, newOmega;
            if (_edgeCorrection)
            {
                newTheta = p0 / (n - e0);
                newTheta1 = m > 0 ? p1 / (m - e1) : 0;
                newOmega = (p0 + p1) / (ages + (theta * f0) + (theta1 * f1));
            }
            else
            {
                newTheta = p0 / n;
                newTheta1 = m > 0 ? p1 / m : 0;
                newOmega = (p0 + p1) / ages;
            }

            // Convergence is judged against the scale of each quantity, so a θ₁ or μ shrinking towards 0 does not hold EM open.
            double branching = Math.Max(theta + (8 * theta1), 1e-6);
            double change = Math.Max(Math.Abs(newTheta - theta), 8 * Math.Abs(newTheta1 - theta1)) / branching;
            change = Math.Max(change, Relative(omega, newOmega, 0));
            double muFloor = 1e-3 * muSum / Mu.Length;
            for (int c = 0; c < Mu.Length; c++)
            {
                double mu = _background[c] / Length;
                change = Math.Max(change, Relative(Mu[c], mu, muFloor));
                Mu[c] = mu;
                WeightedMu[c] = _weightedBackground[c] / Length;
            }

            theta = newTheta;
            theta1 = newTheta1;
            omega = double.IsFinite(newOmega) && newOmega > 0 ? newOmega : omega;
            Iterations = iteration;
            if (change < _tolerance)
            {
                Converged = true;
                break;
            }
        }

        Theta = theta;
        NeighbourTheta = theta1;
        Omega = omega;
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
    private (double SameCell, double Neighbour, double Ages, double LogL) Expect(double theta, double theta1, double omega)
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
                double lambda = Mu[c] + trig0 + trig1;
                double background = Mu[c] / lambda;
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
