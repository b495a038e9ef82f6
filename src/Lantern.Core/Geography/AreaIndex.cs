using System.Diagnostics.CodeAnalysis;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace Lantern.Core.Geography;

/// <summary>
/// Answers "which area contains this point" for a set of coded areas (boroughs, MSOAs, LSOAs, beats) in British
/// National Grid metres, fast enough for millions of points: an STRtree over the areas' envelopes picks the
/// candidates, and a prepared point-in-area locator per area decides.
/// </summary>
/// <remarks>
/// <para>
/// Built once (STYLE rule 12) and immutable afterwards; concurrent queries from many threads are safe. Each area
/// gets an <see cref="IndexedPointInAreaLocator"/> (the structure NTS's prepared polygons use for point tests),
/// built and warmed at construction so no query ever builds or races on a lazy index.
/// </para>
/// <para>
/// A point on a boundary is inside (covers semantics), so a point on the border of two areas belongs to both;
/// <see cref="Locate(BngPoint)"/> then answers the area added first, which keeps results reproducible.
/// Areas may overlap (beats over wards, masks); <see cref="FindAll(BngPoint, List{int})"/> returns every one.
/// </para>
/// </remarks>
public sealed class AreaIndex
{
    private readonly string[] _codes;
    private readonly Geometry[] _geometries;
    private readonly IndexedPointInAreaLocator[] _locators;
    private readonly Dictionary<string, int> _byCode;
    private readonly STRtree<int> _tree;

    /// <summary>Builds the index.</summary>
    /// <param name="areas">
    /// Areas with unique, non-blank codes; each geometry a non-empty <see cref="Polygon"/> or
    /// <see cref="MultiPolygon"/> in BNG metres. Indexes follow the order given.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="areas"/> or a geometry is null.</exception>
    /// <exception cref="ArgumentException">A code is blank or repeated, or a geometry is not a non-empty area.</exception>
    public AreaIndex(IEnumerable<(string Code, Geometry Geometry)> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var codes = new List<string>();
        var geometries = new List<Geometry>();
        _byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string code, Geometry geometry) in areas)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new ArgumentException($"Area {codes.Count} has a blank code.", nameof(areas));
            }

            if (geometry is null)
            {
                throw new ArgumentNullException(nameof(areas), $"Area '{code}' has no geometry.");
            }

            if (geometry is not IPolygonal || geometry.IsEmpty)
            {
                throw new ArgumentException($"Area '{code}' is a {geometry.GeometryType}, not a non-empty polygon.", nameof(areas));
            }

            if (!_byCode.TryAdd(code, codes.Count))
            {
                throw new ArgumentException($"Area code '{code}' appears more than once.", nameof(areas));
            }

            codes.Add(code);
            geometries.Add(geometry);
        }

        _codes = [.. codes];
        _geometries = [.. geometries];
        _locators = new IndexedPointInAreaLocator[_codes.Length];
        _tree = new STRtree<int>();
        for (int i = 0; i < _geometries.Length; i++)
        {
            _tree.Insert(_geometries[i].EnvelopeInternal, i);
            _locators[i] = new IndexedPointInAreaLocator(_geometries[i]);

            // The locator's interval tree is built on first use; using it once here keeps queries read-only.
            _ = _locators[i].Locate(_geometries[i].Coordinate);
        }

        _tree.Build();
    }

    /// <summary>Number of areas.</summary>
    public int Count => _codes.Length;

    /// <summary>The code of an area.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1, in the order the areas were given.</param>
    /// <returns>The code.</returns>
    /// <exception cref="IndexOutOfRangeException">The index is out of range.</exception>
    public string CodeAt(int index) => _codes[index];

    /// <summary>The geometry of an area (BNG metres).</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The geometry; treat it as immutable.</returns>
    /// <exception cref="IndexOutOfRangeException">The index is out of range.</exception>
    public Geometry GeometryAt(int index) => _geometries[index];

    /// <summary>Finds an area by code (ordinal comparison).</summary>
    /// <param name="code">The code.</param>
    /// <param name="index">The area's index, when found.</param>
    /// <returns>Whether the code is in the index.</returns>
    public bool TryGetIndex(string code, out int index)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out index);
    }

    /// <summary>The area containing a point.</summary>
    /// <param name="point">A BNG point, metres.</param>
    /// <returns>The area's index, or −1 when no area contains the point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is NaN or infinite.</exception>
    public int Locate(BngPoint point)
    {
        ThrowIfNotFinite(point.Easting, point.Northing);
        var finder = new FirstAreaFinder(this);
        return finder.Find(point.Easting, point.Northing);
    }

    /// <summary>The code of the area containing a point.</summary>
    /// <param name="point">A BNG point, metres.</param>
    /// <returns>The code, or null when no area contains the point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is NaN or infinite.</exception>
    public string? CodeOf(BngPoint point)
    {
        int i = Locate(point);
        return i < 0 ? null : _codes[i];
    }

    /// <summary>Whether any area contains a point.</summary>
    /// <param name="point">A BNG point, metres.</param>
    /// <returns>True when some area covers the point (boundary included).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is NaN or infinite.</exception>
    public bool Covers(BngPoint point) => Locate(point) >= 0;

    /// <summary>
    /// Locates many points at once, reusing one query state: the fast path for millions of crimes. Not a batch
    /// transaction: each point is independent.
    /// </summary>
    /// <param name="eastings">Eastings, metres.</param>
    /// <param name="northings">Northings, metres; as many as <paramref name="eastings"/>.</param>
    /// <param name="areas">Receives each point's area index, or −1; as long as <paramref name="eastings"/>.</param>
    /// <returns>How many points fell in some area.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is NaN or infinite.</exception>
    public int LocateMany(ReadOnlySpan<double> eastings, ReadOnlySpan<double> northings, Span<int> areas)
    {
        if (northings.Length != eastings.Length || areas.Length != eastings.Length)
        {
            throw new ArgumentException("Eastings, northings and results must have the same length.", nameof(areas));
        }

        var finder = new FirstAreaFinder(this);
        int found = 0;
        for (int i = 0; i < eastings.Length; i++)
        {
            ThrowIfNotFinite(eastings[i], northings[i]);
            int a = finder.Find(eastings[i], northings[i]);
            areas[i] = a;
            if (a >= 0)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>Every area containing a point, in index order (areas may overlap; borders belong to both sides).</summary>
    /// <param name="point">A BNG point, metres.</param>
    /// <param name="results">Cleared, then filled with the areas' indexes.</param>
    /// <returns>The number of areas found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is NaN or infinite.</exception>
    public int FindAll(BngPoint point, List<int> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ThrowIfNotFinite(point.Easting, point.Northing);
        results.Clear();
        var coordinate = new Coordinate(point.Easting, point.Northing);
        _tree.Query(new Envelope(coordinate), new AllAreasCollector(this, coordinate, results));
        results.Sort();
        return results.Count;
    }

    /// <summary>The area containing the centre of a grid cell.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="cell">The cell.</param>
    /// <returns>The area's index, or −1.</returns>
    public int LocateCell(GridSpec grid, CellId cell) => Locate(grid.Centre(cell));

    /// <summary>Every area containing the centre of a grid cell, in index order.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="cell">The cell.</param>
    /// <param name="results">Cleared, then filled with the areas' indexes.</param>
    /// <returns>The number of areas found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public int FindAllForCell(GridSpec grid, CellId cell, List<int> results) => FindAll(grid.Centre(cell), results);

    private bool CoversAt(int area, Coordinate coordinate) => _locators[area].Locate(coordinate) != Location.Exterior;

    private static void ThrowIfNotFinite(double easting, double northing)
    {
        if (!double.IsFinite(easting) || !double.IsFinite(northing))
        {
            ThrowNotFinite(nameof(BngPoint));
        }
    }

    [DoesNotReturn]
    private static void ThrowNotFinite(string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, "Coordinates must be finite numbers of metres.");

    // Query state for one caller: a mutable coordinate and envelope reused across points, so a batch allocates once.
    private sealed class FirstAreaFinder(AreaIndex index) : IItemVisitor<int>
    {
        private readonly Coordinate _coordinate = new();
        private readonly Envelope _envelope = new();
        private int _best;

        public int Find(double easting, double northing)
        {
            _coordinate.X = easting;
            _coordinate.Y = northing;
            _envelope.Init(easting, easting, northing, northing);
            _best = -1;
            index._tree.Query(_envelope, this);
            return _best;
        }

        public void VisitItem(int item)
        {
            // Lowest index wins so a point on a shared border gets the same answer in every run.
            if ((_best < 0 || item < _best) && index.CoversAt(item, _coordinate))
            {
                _best = item;
            }
        }
    }

    private sealed class AllAreasCollector(AreaIndex index, Coordinate coordinate, List<int> results) : IItemVisitor<int>
    {
        public void VisitItem(int item)
        {
            if (index.CoversAt(item, coordinate))
            {
                results.Add(item);
            }
        }
    }
}
