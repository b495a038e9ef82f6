namespace Lantern.Core.Offenders;

/// <summary>The power-few report of a scoring.</summary>
public sealed partial class OffenderScoring
{
    /// <summary>How concentrated the window's harm is among offenders and among victims.</summary>
    /// <returns>The report.</returns>
    public PowerFewReport PowerFew() => new(PowerFewSide.Of(_harm), PowerFewSide.Of(_victimHarm));
}
