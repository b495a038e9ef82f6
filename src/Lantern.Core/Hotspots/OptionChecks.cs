namespace Lantern.Core.Hotspots;

/// <summary>The range checks that hot-spot and tasking options share, so both refuse the same values the same way.</summary>
internal static class OptionChecks
{
    public static double GiStarBand(double metres) =>
        double.IsFinite(metres) && metres is >= 0 and <= 10_000
            ? metres
            : throw new ArgumentOutOfRangeException(nameof(metres), metres, "The Gi* band must be 0 to 10,000 metres.");

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
