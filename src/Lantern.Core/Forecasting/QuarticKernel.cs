using Lantern.Core.Hotspots;

namespace Lantern.Core.Forecasting;

/// <summary>The quartic kernel of <see cref="KernelDensity.Quartic"/> (one formula for maps and forecasts).</summary>
internal readonly struct QuarticKernel(double bandwidth) : IRadialKernel
{
    public double Radius => bandwidth;

    public double At(double d2) => KernelDensity.Quartic(d2, bandwidth);
}
