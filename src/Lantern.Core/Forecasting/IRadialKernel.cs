namespace Lantern.Core.Forecasting;

/// <summary>A spatial kernel of distance alone, zero beyond <see cref="Radius"/>. Structs, so the JIT specialises each loop.</summary>
internal interface IRadialKernel
{
    /// <summary>Metres beyond which the kernel is 0.</summary>
    public double Radius { get; }

    /// <summary>The kernel at squared distance <paramref name="d2"/> (m²).</summary>
    public double At(double d2);
}
