using System.Globalization;

namespace Lantern.Core.Geography;

/// <summary>
/// A square grid aligned to the origin of its projected system (the national grid's by default): cell (i, j) covers
/// eastings [i·size, (i+1)·size) and northings [j·size, (j+1)·size). The same point falls in the same cell in every run,
/// import and force.
/// </summary>
/// <remarks>
/// A force held in another system (<see cref="ProjectedCrs"/>, e.g. Vancouver's EPSG:26910) has its grid aligned to that
/// system's origin: <see cref="Epsg"/> says which, so that two grids of the same size in different systems are different
/// grids, and positions are turned into longitude and latitude with the right projection.
/// </remarks>
public readonly record struct GridSpec
{
    /// <summary>The College of Policing default: 150 m cells.</summary>
    public static GridSpec Default { get; } = new(150);

    /// <summary>Creates a grid.</summary>
    /// <param name="cellSize">Cell side in metres, 1 to 10,000.</param>
    /// <param name="epsg">The projected system the grid is aligned to (<see cref="ProjectedCrs"/>); British National Grid by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">Cell size out of range, or a system Lantern does not support.</exception>
    public GridSpec(int cellSize, int epsg = ProjectedCrs.BritishNationalGridCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cellSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cellSize, 10_000);
        CellSize = cellSize;
        Epsg = ProjectedCrs.FromEpsg(epsg).Epsg;
    }

    /// <summary>Cell side in metres.</summary>
    public int CellSize { get; }

    /// <summary>The EPSG code of the projected system whose metres and origin the grid uses (27700, British National Grid, by default).</summary>
    public int Epsg { get; }

    /// <summary>The projected system of <see cref="Epsg"/>.</summary>
    public ProjectedCrs Crs => ProjectedCrs.FromEpsg(Epsg);

    /// <summary>The cell containing a point.</summary>
    /// <param name="point">A BNG point.</param>
    /// <returns>The cell.</returns>
    public CellId CellOf(BngPoint point) => CellOf(point.Easting, point.Northing);

    /// <summary>The cell containing a point.</summary>
    /// <param name="easting">Metres.</param>
    /// <param name="northing">Metres.</param>
    /// <returns>The cell.</returns>
    public CellId CellOf(double easting, double northing) =>
        new((int)Math.Floor(easting / CellSize), (int)Math.Floor(northing / CellSize));

    /// <summary>The centre of a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Its centre point.</returns>
    public BngPoint Centre(CellId cell) => new((cell.Column + 0.5) * CellSize, (cell.Row + 0.5) * CellSize);

    /// <summary>The south-west corner of a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Its corner.</returns>
    public BngPoint SouthWest(CellId cell) => new((double)cell.Column * CellSize, (double)cell.Row * CellSize);

    /// <summary>A stable text id: "{size}m-E{easting}-N{northing}" of the south-west corner, in metres.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The id, e.g. <c>150m-E318150-N187650</c>.</returns>
    public string CellName(CellId cell) =>
        string.Create(CultureInfo.InvariantCulture, $"{CellSize}m-E{(long)cell.Column * CellSize}-N{(long)cell.Row * CellSize}");
}
