using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Lantern.Core.Geography;
using Lantern.Data.Formats.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO;

namespace Lantern.Data.Store;

/// <summary>Boundaries in the store: imported whole or not at all, and read back for reporting and splitting by area.</summary>
internal static class AreaStore
{
    public static readonly string[] Levels = ["borough", "msoa", "lsoa"];

    /// <summary>Stores every feature of a file that was read without error, replacing areas of the same level and code.</summary>
    public static AreaImportResult Import(LanternStore store, string level, GeoJsonAreaResult areas, byte[] fileBytes, TimeProvider time)
    {
        if (!areas.IsSuccess)
        {
            throw new InvalidOperationException("Only a file read without errors is imported.");
        }

        string sha = Convert.ToHexStringLower(SHA256.HashData(fileBytes));
        bool sameBefore = store.Connection.ExecuteScalar<long>("SELECT count(*) FROM area WHERE level = @level AND sha256 = @sha", new { level, sha }) > 0;
        var writer = new WKBWriter();
        int added = 0, updated = 0, unchanged = 0;
        // To the tick, not the second: the web keeps lists and boundaries until the latest of these changes, and a redraw
        // within the second of the import before it must change it too.
        string at = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        using var tx = store.BeginTransaction();
        // Another import of the same areas at the same moment would find none of them here and fail on (level, code) when
        // it commits second: the first to begin has the table until it commits (SQLite's write transaction already does).
        store.LockForWriting(tx, "area");
        foreach (AreaFeature f in areas.Features)
        {
            byte[] wkb = writer.Write(f.Geometry);
            Envelope e = f.Geometry.EnvelopeInternal;
            var existing = store.Connection.QueryFirstOrDefault<(long Id, byte[] Geometry, string? Name)>(
                "SELECT id, geometry, name FROM area WHERE level = @level AND code = @code", new { level, code = f.Code }, tx);
            if (existing.Id != 0 && existing.Geometry.AsSpan().SequenceEqual(wkb) && existing.Name == f.Name)
            {
                unchanged++;
                continue;
            }

            var row = new
            {
                level,
                code = f.Code,
                name = f.Name,
                source = areas.File,
                sha,
                geometry = wkb,
                minE = e.MinX,
                minN = e.MinY,
                maxE = e.MaxX,
                maxN = e.MaxY,
                properties = JsonSerializer.Serialize(f.Properties),
                at,
            };
            if (existing.Id == 0)
            {
                store.Connection.Execute(
                    "INSERT INTO area (level, code, name, source, sha256, geometry, min_e, min_n, max_e, max_n, properties, imported_at) " +
                    "VALUES (@level, @code, @name, @source, @sha, @geometry, @minE, @minN, @maxE, @maxN, @properties, @at)", row, tx);
                added++;
            }
            else
            {
                store.Connection.Execute(
                    "UPDATE area SET name = @name, source = @source, sha256 = @sha, geometry = @geometry, min_e = @minE, min_n = @minN, " +
                    "max_e = @maxE, max_n = @maxN, properties = @properties, imported_at = @at WHERE level = @level AND code = @code", row, tx);
                updated++;
            }
        }

        tx.Commit();
        return new AreaImportResult(level, added, updated, unchanged, sameBefore);
    }

    public static IReadOnlyList<StoredArea> Load(LanternStore store, string level)
    {
        var reader = new WKBReader();
        return store.Connection.Query<(string Code, string? Name, byte[] Geometry)>(
                "SELECT code, name, geometry FROM area WHERE level = @level ORDER BY code", new { level })
            .Select(r => new StoredArea(level, r.Code, r.Name, WithSrid(reader.Read(r.Geometry))))
            .ToList();
    }

    /// <summary>Every area's name by code (no geometry read).</summary>
    public static IReadOnlyDictionary<string, string?> Names(LanternStore store) =>
        store.Connection.Query<(string Code, string? Name)>("SELECT code, name FROM area ORDER BY level DESC")
            .GroupBy(a => a.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    /// <summary>The areas of one level by code, with their names (no geometry read), in code order.</summary>
    public static IReadOnlyList<(string Code, string? Name)> NamesOf(LanternStore store, string level) =>
        store.Connection.Query<(string Code, string? Name)>("SELECT code, name FROM area WHERE level = @level ORDER BY code", new { level }).AsList();

    /// <summary>Levels present, with their number of areas.</summary>
    /// <remarks>The sources are joined here, not in SQL: the dialects name and order that aggregate differently.</remarks>
    public static IReadOnlyList<(string Level, long Count, string Source)> Summary(LanternStore store) =>
        store.Connection.Query<(string Level, long Count, string Source)>(
                "SELECT level, count(*), source FROM area GROUP BY level, source ORDER BY level, source")
            .GroupBy(r => r.Level, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(r => r.Count), string.Join(",", g.Select(r => r.Source))))
            .ToList();

    /// <summary>An index over the areas of a level, or null when none are imported.</summary>
    public static AreaIndex? Index(LanternStore store, string level)
    {
        var areas = Load(store, level);
        return areas.Count == 0 ? null : new AreaIndex(areas.Select(a => (a.Code, a.Geometry)));
    }

    /// <summary>One area by code, at any level.</summary>
    public static StoredArea? Find(LanternStore store, string code)
    {
        var reader = new WKBReader();
        var row = store.Connection.QueryFirstOrDefault<(string Level, string Code, string? Name, byte[] Geometry)>(
            "SELECT level, code, name, geometry FROM area WHERE code = @code ORDER BY level LIMIT 1", new { code });
        return row.Code is null ? null : new StoredArea(row.Level, row.Code, row.Name, WithSrid(reader.Read(row.Geometry)));
    }

    /// <summary>
    /// Point-in-area for BNG metres, for many points: the envelope first, then the prepared polygon (a point on the
    /// boundary is inside). Not thread safe.
    /// </summary>
    public static Func<double, double, bool> Inside(StoredArea area)
    {
        IPreparedGeometry prepared = PreparedGeometryFactory.Prepare(area.Geometry);
        GeometryFactory factory = area.Geometry.Factory;
        Envelope box = area.Geometry.EnvelopeInternal;
        return (e, n) => box.Covers(e, n) && prepared.Covers(factory.CreatePoint(new Coordinate(e, n)));
    }

    private static Geometry WithSrid(Geometry g)
    {
        g.SRID = 27700;
        return g;
    }
}
