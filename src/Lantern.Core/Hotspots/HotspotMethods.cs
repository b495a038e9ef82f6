namespace Lantern.Core.Hotspots;

/// <summary>The hot-spot methods <see cref="HotspotAnalysis.Run"/> runs besides the cell counts, which always run.</summary>
[Flags]
public enum HotspotMethods
{
    /// <summary>Cell counts and harm only.</summary>
    None = 0,

    /// <summary>Quartic kernel density at cell centres.</summary>
    KernelDensity = 1,

    /// <summary>Getis-Ord Gi* over a fixed distance band, with Benjamini-Hochberg FDR.</summary>
    GetisOrd = 2,

    /// <summary>Concentration of harm in the top cells ("power few").</summary>
    Concentration = 4,

    /// <summary>Every method.</summary>
    All = KernelDensity | GetisOrd | Concentration,
}
