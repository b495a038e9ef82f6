namespace Lantern.Core.Forecasting;

/// <summary>exp(−d²/(2σ²)), cut to 0 beyond <see cref="Radius"/>; not normalised (a constant factor does not change a ranking).</summary>
internal readonly struct GaussianKernel(double sigma, double radius) : IRadialKernel
{
    private readonly double _half = -0.5 / (sigma * sigma);
    private readonly double _r2 = radius * radius;

    public double Radius => radius;

    public double At(double d2) => d2 <= _r2 ? Math.Exp(d2 * _half) : 0;
}
