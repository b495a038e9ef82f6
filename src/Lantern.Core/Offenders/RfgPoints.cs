namespace Lantern.Core.Offenders;

/// <summary>A person's RFGV points, factor by factor, under one version of the bands.</summary>
/// <param name="Recency">Points for recency.</param>
/// <param name="Frequency">Points for frequency.</param>
/// <param name="Gravity">Points for gravity.</param>
/// <param name="Victims">Points for distinct victims.</param>
public readonly record struct RfgPoints(int Recency, int Frequency, int Gravity, int Victims)
{
    /// <summary>Recency + frequency + gravity.</summary>
    public int Rfg => Recency + Frequency + Gravity;

    /// <summary>RFG + victims.</summary>
    public int Rfgv => Rfg + Victims;
}
