namespace Lantern.Core.Hotspots;

/// <summary>How cells were held while aggregating: chosen automatically from the size of the study area.</summary>
public enum CellStorage
{
    /// <summary>One slot per cell of the study area (fast; used up to <see cref="HotspotOptions.DenseCellLimit"/> cells).</summary>
    Dense = 0,

    /// <summary>A map from cell to slot, holding occupied cells only (for study areas too large for a dense array).</summary>
    Sparse = 1,
}
