using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Core.StopSearch;

/// <summary>
/// Maximum-likelihood logistic regression by iteratively reweighted least squares (IRLS, Fisher scoring), with a
/// categorical fixed effect held as a group index rather than as dummy columns. Written here because MathNet.Numerics
/// 5.0 has linear least squares (<c>MultipleRegression</c>) but no generalised linear models; MathNet does the linear
/// algebra (the Cholesky solve and the inverse of the information matrix) and the normal distribution.
/// </summary>
/// <remarks>
/// The model: logit P(y = 1) = x·β + γ_g, with x the <c>columns</c> dense values of a row (the caller includes the
/// intercept) and γ the effect of the row's group, γ_0 = 0 (group 0 is the reference). Every row is read once an
/// iteration; memory is that of the p × p information matrix, p = columns + groups − 1.
/// </remarks>
internal static class LogisticRegression
{
    private const int MaxIterations = 50;
    private const double Tolerance = 1e-10;

    /// <summary>Fits the model.</summary>
    /// <param name="x">Row-major dense values, rows × <paramref name="columns"/>.</param>
    /// <param name="columns">Dense columns per row (at least 1).</param>
    /// <param name="group">Each row's group, 0 to <paramref name="groups"/> − 1.</param>
    /// <param name="groups">Number of groups (1 for none).</param>
    /// <param name="y">Each row's outcome.</param>
    /// <returns>The coefficients (dense columns first, then groups 1 to g − 1), their covariance and how the fit went.</returns>
    public static LogisticFit Fit(ReadOnlySpan<double> x, int columns, ReadOnlySpan<int> group, int groups, ReadOnlySpan<bool> y)
    {
        int n = y.Length;
        System.Diagnostics.Debug.Assert(x.Length == n * columns && group.Length == n && groups >= 1 && columns >= 1);
        int p = columns + groups - 1;
        var beta = new double[p];
        double deviance = double.PositiveInfinity;
        int iteration = 0;
        bool converged = false;
        Matrix<double> information = Matrix<double>.Build.Dense(p, p);
        while (iteration < MaxIterations)
        {
            iteration++;
            (information, Vector<double> score, double newDeviance) = Accumulate(x, columns, group, y, beta);
            // Newton step: β += I⁻¹ U, I = X'WX the information, U = X'(y − μ) the score.
            Vector<double> step = information.Cholesky().Solve(score);
            for (int j = 0; j < p; j++)
            {
                beta[j] += step[j];
            }

            if (Math.Abs(deviance - newDeviance) <= Tolerance * (Math.Abs(newDeviance) + 0.1) && step.AbsoluteMaximum() < 1e-8)
            {
                converged = true;
                deviance = newDeviance;
                break;
            }

            deviance = newDeviance;
        }

        (information, _, deviance) = Accumulate(x, columns, group, y, beta);
        Matrix<double> covariance = information.Inverse();
        return new LogisticFit(beta, covariance.ToArray(), iteration, converged, deviance, n);
    }

    /// <summary>The two-sided p-value of a Wald statistic.</summary>
    public static double WaldP(double estimate, double standardError) =>
        2 * (1 - Normal.CDF(0, 1, Math.Abs(estimate / standardError)));

    /// <summary>The normal quantile of a two-sided interval of <paramref name="level"/> (0.95: 1.95996).</summary>
    public static double Z(double level) => Normal.InvCDF(0, 1, 0.5 + (level / 2));

    private static (Matrix<double> Information, Vector<double> Score, double Deviance) Accumulate(
        ReadOnlySpan<double> x, int columns, ReadOnlySpan<int> group, ReadOnlySpan<bool> y, double[] beta)
    {
        int p = beta.Length;
        var info = new double[p, p];
        var score = new double[p];
        double deviance = 0;
        for (int i = 0; i < y.Length; i++)
        {
            ReadOnlySpan<double> row = x.Slice(i * columns, columns);
            int g = group[i];
            double eta = 0;
            for (int j = 0; j < columns; j++)
            {
                eta += row[j] * beta[j];
            }

            int gc = g == 0 ? -1 : columns + g - 1;
            if (gc >= 0)
            {
                eta += beta[gc];
            }

            double mu = 1 / (1 + Math.Exp(-eta));
            double w = Math.Max(mu * (1 - mu), 1e-12);
            double residual = (y[i] ? 1 : 0) - mu;
            deviance -= 2 * (y[i] ? LogSigmoid(eta) : LogSigmoid(-eta));
            for (int j = 0; j < columns; j++)
            {
                double wx = w * row[j];
                score[j] += row[j] * residual;
                for (int k = j; k < columns; k++)
                {
                    info[j, k] += wx * row[k];
                }

                if (gc >= 0)
                {
                    info[j, gc] += wx;
                }
            }

            if (gc >= 0)
            {
                score[gc] += residual;
                info[gc, gc] += w;
            }
        }

        for (int j = 0; j < p; j++)
        {
            for (int k = 0; k < j; k++)
            {
                info[j, k] = info[k, j];
            }
        }

        return (Matrix<double>.Build.DenseOfArray(info), Vector<double>.Build.DenseOfArray(score), deviance);
    }

    // log(1 / (1 + e^-t)) without overflow for large |t|.
    private static double LogSigmoid(double t) => t >= 0 ? -Math.Log(1 + Math.Exp(-t)) : t - Math.Log(1 + Math.Exp(t));
}
