namespace Lantern.Core.Forecasting;

/// <summary>How prospective hot-spotting measures the distance between two cells, in cells.</summary>
public enum CellDistance
{
    /// <summary>max(|Δcolumn|, |Δrow|): the eight neighbours are 1 away (open_cp's default, "diagonals same").</summary>
    Chebyshev,

    /// <summary>|Δcolumn| + |Δrow|: diagonal neighbours are 2 away (open_cp's "diagonals different").</summary>
    Manhattan,

    /// <summary>√(Δcolumn² + Δrow²): the straight-line distance between cell centres (open_cp's "circle").</summary>
    Euclidean,
}
