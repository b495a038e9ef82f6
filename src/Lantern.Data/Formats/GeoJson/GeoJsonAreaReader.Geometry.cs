using System.Globalization;
using System.Text.Json;
using Lantern.Core.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace Lantern.Data.Formats.GeoJson;

/// <content>Geometry: positions, rings, polygons, projection and validity.</content>
internal sealed partial class GeoJsonAreaReader
{
    private Geometry? ReadGeometry(JsonElement feature, int index, bool bng, BritishNationalGrid grid, ErrorList errors,
        List<string> warnings)
    {
        if (!feature.TryGetProperty("geometry", out JsonElement g))
        {
            errors.Add(index, "geometry", "missing");
            return null;
        }

        if (g.ValueKind == JsonValueKind.Null)
        {
            errors.Add(index, "geometry", "null: a feature without a geometry cannot be an area");
            return null;
        }

        if (g.ValueKind != JsonValueKind.Object)
        {
            errors.Add(index, "geometry", "not a JSON object");
            return null;
        }

        string? type = StringMember(g, "type");
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            errors.Add(index, "geometry.type", type is null ? "missing" : $"geometry type '{type}' is not an area");
            return null;
        }

        if (!g.TryGetProperty("coordinates", out JsonElement coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            errors.Add(index, "geometry.coordinates", "missing or not an array");
            return null;
        }

        var problem = new Problem();
        Geometry? geometry;
        if (type == "Polygon")
        {
            geometry = ReadPolygon(coordinates, "geometry.coordinates", bng, grid, ref problem);
        }
        else
        {
            var polygons = new Polygon[coordinates.GetArrayLength()];
            int k = 0;
            foreach (JsonElement part in coordinates.EnumerateArray())
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"geometry.coordinates[{k}]");
                Polygon? polygon = ReadPolygon(part, path, bng, grid, ref problem);
                if (polygon is null)
                {
                    break;
                }

                polygons[k++] = polygon;
            }

            geometry = problem.Field is null && k == 0
                ? Fail<Geometry>(ref problem, "geometry.coordinates", "a MultiPolygon with no polygons")
                : problem.Field is null ? _factory.CreateMultiPolygon(polygons) : null;
        }

        if (geometry is null)
        {
            errors.Add(index, problem.Field ?? "geometry", problem.Reason ?? "unreadable");
            return null;
        }

        return Checked(geometry, index, errors, warnings);
    }

    private Polygon? ReadPolygon(JsonElement rings, string path, bool bng, BritishNationalGrid grid, ref Problem problem)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            return Fail<Polygon>(ref problem, path, "a polygon is a non-empty array of rings");
        }

        var built = new LinearRing[rings.GetArrayLength()];
        int r = 0;
        foreach (JsonElement ring in rings.EnumerateArray())
        {
            LinearRing? linear = ReadRing(ring, string.Create(CultureInfo.InvariantCulture, $"{path}[{r}]"), bng, grid, ref problem);
            if (linear is null)
            {
                return null;
            }

            built[r++] = linear;
        }

        return _factory.CreatePolygon(built[0], built[1..]);
    }

    private LinearRing? ReadRing(JsonElement ring, string path, bool bng, BritishNationalGrid grid, ref Problem problem)
    {
        if (ring.ValueKind != JsonValueKind.Array)
        {
            return Fail<LinearRing>(ref problem, path, "a ring is an array of positions");
        }

        int n = ring.GetArrayLength();
        if (n < 4)
        {
            return Fail<LinearRing>(ref problem, path, string.Create(CultureInfo.InvariantCulture,
                $"a ring needs at least 4 positions (the first repeated at the end), found {n}"));
        }

        var coordinates = new Coordinate[n];
        double firstX = 0, firstY = 0, x = 0, y = 0;
        int i = 0;
        foreach (JsonElement position in ring.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || !TryCoordinate(position[0], out x) || !TryCoordinate(position[1], out y))
            {
                return Fail<LinearRing>(ref problem, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"),
                    bng ? "a position is [easting, northing], two finite numbers"
                        : "a position is [longitude, latitude], two finite numbers");
            }

            BngPoint point;
            if (bng)
            {
                point = new BngPoint(x, y);
                if (!GreatBritain.Contains(point))
                {
                    return Fail<LinearRing>(ref problem, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"),
                        string.Create(CultureInfo.InvariantCulture, $"[{x}, {y}] is outside the British National Grid"));
                }
            }
            else
            {
                if (!GreatBritain.Contains(x, y))
                {
                    string reason = Math.Abs(x) > 180 || Math.Abs(y) > 90
                        ? string.Create(CultureInfo.InvariantCulture,
                            $"[{x}, {y}] is not longitude/latitude; if these are BNG metres, declare \"crs\" EPSG:27700 or export as WGS84")
                        : string.Create(CultureInfo.InvariantCulture,
                            $"[{x}, {y}] is outside Great Britain (GeoJSON positions are [longitude, latitude], RFC 7946)");
                    return Fail<LinearRing>(ref problem, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), reason);
                }

                point = grid.ToBng(x, y);
            }

            if (i == 0)
            {
                firstX = x;
                firstY = y;
            }

            coordinates[i++] = new Coordinate(point.Easting, point.Northing);
        }

        // RFC 7946 §3.1.6: the first and last positions are equivalent; compare what the file says, not projections.
        if (x != firstX || y != firstY)
        {
            return Fail<LinearRing>(ref problem, path, "the ring is not closed: its first and last positions differ");
        }

        coordinates[n - 1] = coordinates[0].Copy();
        return _factory.CreateLinearRing(coordinates);
    }

    private static bool TryCoordinate(JsonElement element, out double value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out value) && double.IsFinite(value);
    }

    // Repairs self-intersections and the like (generalised boundaries have a few) and rejects what cannot be an area.
    private static Geometry? Checked(Geometry geometry, int index, ErrorList errors, List<string> warnings)
    {
        var validity = new IsValidOp(geometry);
        if (!validity.IsValid)
        {
            TopologyValidationError? error = validity.ValidationError;
            string what = error is null
                ? "invalid"
                : string.Create(CultureInfo.InvariantCulture,
                    $"{error.Message} near E {error.Coordinate?.X:F0} N {error.Coordinate?.Y:F0}");
            Geometry repaired = GeometryFixer.Fix(geometry);
            if (repaired is not IPolygonal || repaired.IsEmpty || repaired.Area <= 0)
            {
                errors.Add(index, "geometry", $"invalid ({what}) and could not be repaired");
                return null;
            }

            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"feature {index}: invalid geometry ({what}) was repaired"));
            geometry = repaired;
        }

        if (geometry.Area <= 0)
        {
            errors.Add(index, "geometry", "the polygon encloses no area");
            return null;
        }

        return geometry;
    }

    private static T? Fail<T>(ref Problem problem, string field, string reason)
        where T : class
    {
        problem.Field = field;
        problem.Reason = reason;
        return null;
    }

    // The first thing wrong with a geometry: where, and why.
    private struct Problem
    {
        public string? Field;
        public string? Reason;
    }
}
