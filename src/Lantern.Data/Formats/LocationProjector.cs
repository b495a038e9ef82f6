using Lantern.Core.Geography;

namespace Lantern.Data.Formats;

/// <summary>
/// Projects WGS84 to British National Grid through one <see cref="BritishNationalGrid"/> per reader, remembering
/// recent results: data.police.uk coordinates are anonymised to a fixed set of snap points, so a file repeats the
/// same few thousand points and most rows skip the ProjNET transform.
/// </summary>
/// <remarks>
/// Bounded (<see cref="Capacity"/> points, then it starts again) so memory stays constant. Not thread safe: a reader
/// rents one for its lifetime (<see cref="Rent"/>, <see cref="Return"/>), so the next file reuses both the parsed
/// coordinate systems and the snap points already projected (most of a force's points recur month after month;
/// setting this up afresh per file cost 0.4 ms a file, enough to pull a folder of small files below 1M rows/s).
/// </remarks>
internal sealed class LocationProjector
{
    private static readonly System.Collections.Concurrent.ConcurrentBag<LocationProjector> s_pool = [];

    /// <summary>The most points remembered at once.</summary>
    internal const int Capacity = 1 << 16;

    private readonly BritishNationalGrid _grid = new();
    private readonly Dictionary<PointKey, BngPoint> _cache = [];

    /// <summary>A projector for one reader's lifetime; give it back with <see cref="Return"/>.</summary>
    public static LocationProjector Rent() => s_pool.TryTake(out LocationProjector? p) ? p : new LocationProjector();

    /// <summary>Returns a rented projector for the next reader.</summary>
    public static void Return(LocationProjector projector) => s_pool.Add(projector);

    /// <summary>How many projections went through ProjNET (the rest came from memory).</summary>
    public long Transforms { get; private set; }

    /// <summary>Projects a WGS84 coordinate to BNG metres.</summary>
    /// <param name="longitude">Degrees east.</param>
    /// <param name="latitude">Degrees north.</param>
    /// <returns>The BNG point.</returns>
    public BngPoint ToBng(double longitude, double latitude)
    {
        var key = new PointKey(BitConverter.DoubleToInt64Bits(longitude), BitConverter.DoubleToInt64Bits(latitude));
        if (_cache.TryGetValue(key, out BngPoint point))
        {
            return point;
        }

        if (_cache.Count >= Capacity)
        {
            _cache.Clear();
        }

        // Rounded to 0.1 m: data.police.uk's snap points sit on whole grid metres before publication, so a few land
        // exactly on a cell edge, and the last digits of a projection library would otherwise decide their cell.
        BngPoint exact = _grid.ToBng(longitude, latitude);
        point = new BngPoint(Math.Round(exact.Easting, 1), Math.Round(exact.Northing, 1));
        Transforms++;
        _cache.Add(key, point);
        return point;
    }

    /// <summary>Converts a BNG point to WGS84 (not remembered: force exports give each point once).</summary>
    /// <param name="point">The point.</param>
    /// <returns>Longitude and latitude in degrees.</returns>
    public (double Longitude, double Latitude) ToWgs84(BngPoint point) => _grid.ToWgs84(point);

    // Keyed by the bits of the doubles: exact equality, and a cheaper hash than the tuple's.
    private readonly struct PointKey(long longitudeBits, long latitudeBits) : IEquatable<PointKey>
    {
        private readonly long _longitude = longitudeBits;
        private readonly long _latitude = latitudeBits;

        public bool Equals(PointKey other) => _longitude == other._longitude && _latitude == other._latitude;

        public override bool Equals(object? obj) => obj is PointKey other && Equals(other);

        public override int GetHashCode()
        {
            ulong mixed = unchecked(((ulong)_longitude * 0x9E3779B97F4A7C15UL) ^ (ulong)_latitude);
            return (int)(mixed ^ (mixed >> 32));
        }
    }
}
