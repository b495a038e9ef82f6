namespace Lantern.Core.Forecasting;

/// <summary>The spatial kernel of retrospective hot-spotting.</summary>
public enum SpatialKernel
{
    /// <summary>Quartic (biweight): (1 − d²/h²)² within the bandwidth h, the kernel of Lantern's kernel density maps.</summary>
    Quartic,

    /// <summary>A Gaussian cut off at the bandwidth h, which is <c>standardDeviations</c> standard deviations: exp(−d²k²/(2h²)) for d ≤ h.</summary>
    TruncatedGaussian,
}
