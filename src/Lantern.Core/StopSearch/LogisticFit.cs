namespace Lantern.Core.StopSearch;

/// <summary>A fitted logistic regression (<see cref="LogisticRegression"/>).</summary>
/// <param name="Coefficients">The dense columns' coefficients, then the groups' (1 to g − 1) against group 0.</param>
/// <param name="Covariance">Their covariance: the inverse of the information matrix at the estimate.</param>
/// <param name="Iterations">IRLS iterations run.</param>
/// <param name="Converged">Whether the deviance and the coefficients stopped changing within the iterations allowed.</param>
/// <param name="Deviance">−2 × the log-likelihood at the estimate.</param>
/// <param name="Rows">Rows fitted.</param>
internal sealed record LogisticFit(double[] Coefficients, double[,] Covariance, int Iterations, bool Converged, double Deviance, int Rows)
{
    /// <summary>The standard error of coefficient <paramref name="j"/>.</summary>
    public double StandardError(int j) => Math.Sqrt(Covariance[j, j]);
}
