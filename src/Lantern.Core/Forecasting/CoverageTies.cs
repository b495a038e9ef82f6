namespace Lantern.Core.Forecasting;

/// <summary>How cells of equal risk are ordered, which decides the cells chosen when a tie straddles a coverage cut-off.</summary>
/// <remarks>Grid order is row-major from the south-west: south to north, and west to east along a row.</remarks>
public enum CoverageTies
{
    /// <summary>
    /// The default: among equal risks, the cell earlier in grid order ranks first. Deterministic, and what open_cp's
    /// <c>top_slice</c> documents ("returns the first (in the natural ordering) cells").
    /// </summary>
    GridOrder,

    /// <summary>
    /// What open_cp's <c>top_slice</c> code does: it drops the tied cells earliest in grid order, so the last ones are kept.
    /// For comparing with open_cp results only.
    /// </summary>
    OpenCp,

    /// <summary>
    /// Every cell tied with the last cell chosen is chosen too, so the selection may exceed the coverage; no cell of equal
    /// risk is left out arbitrarily.
    /// </summary>
    IncludeAll,
}
