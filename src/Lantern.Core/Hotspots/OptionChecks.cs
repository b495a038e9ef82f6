namespace Lantern.Core.Hotspots;

/// <summary>The range checks that hot-spot and tasking options share, so both refuse the same values the same way.</summary>
internal static class OptionChecks
{
    // The parameter's name is what a caller reading the exception can tell the band's refusal by (HotspotsRun).
    public static double GiStarBand(double giStarBandMetres) =>
        double.IsFinite(giStarBandMetres) && giStarBandMetres is >= 0 and <= 10_000
            ? giStarBandMetres
            : throw new ArgumentOutOfRangeException(nameof(giStarBandMetres), giStarBandMetres, "The Gi* band must be 0 to 10,000 metres.");

    public static double FdrQ(double q) =>
        double.IsFinite(q) && q is > 0 and < 1
            ? q
            : throw new ArgumentOutOfRangeException(nameof(q), q, "The false discovery rate must be between 0 and 1.");

    public static string HarmUnit(string unit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        return unit;
    }
}
