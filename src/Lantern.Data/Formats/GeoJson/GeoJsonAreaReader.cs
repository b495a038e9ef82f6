using System.Globalization;
using System.Text.Json;
using Lantern.Core.Geography;
using NetTopologySuite.Geometries;

namespace Lantern.Data.Formats.GeoJson;

/// <summary>
/// Reads area boundaries (and exclusion masks) from GeoJSON FeatureCollections (RFC 7946: WGS84 longitude/latitude,
/// Polygon and MultiPolygon with holes), projects every vertex to British National Grid and builds NTS geometries
/// with one factory. Bad data never throws: every problem comes back as a <see cref="GeoJsonError"/> naming the
/// file, the feature and the field.
/// </summary>
/// <remarks>
/// <para>
/// Parsed with System.Text.Json: NetTopologySuite's GeoJSON package (NetTopologySuite.IO.GeoJSON) is not in
/// Lantern's package mirror, and a reader for two geometry types is small.
/// </para>
/// <para>
/// A file may instead declare the pre-RFC <c>"crs"</c> member naming EPSG:27700 (some GIS exports do); its
/// coordinates are then taken as BNG metres and not projected. Any other declared CRS is an error.
/// </para>
/// <para>
/// The whole document is held in memory while reading (a 5 MB file of London's 4,994 LSOAs reads in about a
/// second). Instances hold no state between calls and may be shared; each call makes its own projection.
/// </para>
/// </remarks>
internal sealed partial class GeoJsonAreaReader
{
    /// <summary>At most this many errors are kept; <see cref="GeoJsonAreaResult.ErrorCount"/> counts them all.</summary>
    public const int MaxErrors = 100;

    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = 32 };

    private readonly GeometryFactory _factory;

    /// <summary>Creates a reader that builds geometries with <see cref="BngGeometry.Factory"/>.</summary>
    public GeoJsonAreaReader()
        : this(BngGeometry.Factory)
    {
    }

    /// <summary>Creates a reader that builds geometries with the given factory.</summary>
    /// <param name="factory">A factory whose SRID is 27700.</param>
    /// <exception cref="ArgumentException">The factory is not for British National Grid.</exception>
    public GeoJsonAreaReader(GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (factory.SRID != BngGeometry.Srid)
        {
            throw new ArgumentException($"The geometry factory must have SRID {BngGeometry.Srid}, not {factory.SRID}.", nameof(factory));
        }

        _factory = factory;
    }

    /// <summary>Reads an area file: every feature must be a polygon or multipolygon with a code.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Where the code and name are; null to detect them.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The areas, or the errors.</returns>
    public async Task<GeoJsonAreaResult> ReadAreasAsync(string path, GeoJsonAreaOptions? options, CancellationToken cancellationToken) =>
        await ReadFileAsync(path, options, mask: false, cancellationToken);

    /// <summary>Reads a mask file: polygons to exclude; properties are optional and codes made up where missing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The mask polygons, or the errors.</returns>
    public async Task<GeoJsonAreaResult> ReadMaskAsync(string path, CancellationToken cancellationToken) =>
        await ReadFileAsync(path, null, mask: true, cancellationToken);

    /// <summary>Reads areas from GeoJSON text already in memory.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="fileName">Named in errors.</param>
    /// <param name="options">Where the code and name are; null to detect them.</param>
    /// <returns>The areas, or the errors.</returns>
    public GeoJsonAreaResult ReadAreas(ReadOnlyMemory<byte> utf8Json, string fileName, GeoJsonAreaOptions? options) =>
        ReadMemory(utf8Json, fileName, options, mask: false);

    /// <summary>Reads a mask from GeoJSON text already in memory.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="fileName">Named in errors.</param>
    /// <returns>The mask polygons, or the errors.</returns>
    public GeoJsonAreaResult ReadMask(ReadOnlyMemory<byte> utf8Json, string fileName) => ReadMemory(utf8Json, fileName, null, mask: true);

    private async Task<GeoJsonAreaResult> ReadFileAsync(string path, GeoJsonAreaOptions? options, bool mask,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileFailure(path, "(file)", "the file does not exist");
        }

        await using (stream)
        {
            byte[] start = new byte[Utf8Bom.Length];
            int got = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
            if (Empty(start.AsSpan(0, got)) && stream.Length == got)
            {
                return FileFailure(path, "(json)", "the file is empty");
            }

            stream.Position = start.AsSpan(0, got).StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(stream, s_jsonOptions, cancellationToken);
            }
            catch (JsonException e)
            {
                return FileFailure(path, "(json)", JsonProblem(e));
            }

            using (document)
            {
                return Read(document.RootElement, path, options, mask, cancellationToken);
            }
        }
    }

    private GeoJsonAreaResult ReadMemory(ReadOnlyMemory<byte> utf8Json, string fileName, GeoJsonAreaOptions? options, bool mask)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (utf8Json.Span.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (Empty(utf8Json.Span))
        {
            return FileFailure(fileName, "(json)", "the file is empty");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, s_jsonOptions);
        }
        catch (JsonException e)
        {
            return FileFailure(fileName, "(json)", JsonProblem(e));
        }

        using (document)
        {
            return Read(document.RootElement, fileName, options, mask, CancellationToken.None);
        }
    }

    private GeoJsonAreaResult Read(JsonElement root, string file, GeoJsonAreaOptions? options, bool mask,
        CancellationToken cancellationToken)
    {
        var errors = new ErrorList(file);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return FileFailure(file, "(root)", "the document is not a GeoJSON object");
        }

        string? type = StringMember(root, "type");
        if (type != "FeatureCollection")
        {
            string reason = type switch
            {
                null => "missing: expected \"FeatureCollection\"",
                "Feature" => "a single Feature: wrap it in a FeatureCollection",
                "Polygon" or "MultiPolygon" => $"a bare {type} has no properties to take a code from: wrap it in a FeatureCollection",
                _ => $"'{type}' is not a FeatureCollection",
            };
            return FileFailure(file, "type", reason);
        }

        if (!TryReadCrs(root, out bool bng, out string? crsProblem))
        {
            return FileFailure(file, "crs", crsProblem);
        }

        if (!root.TryGetProperty("features", out JsonElement features) || features.ValueKind != JsonValueKind.Array)
        {
            return FileFailure(file, "features", "missing or not an array");
        }

        if (!mask && features.GetArrayLength() == 0)
        {
            return FileFailure(file, "features", "the collection is empty: there are no areas to read");
        }

        var warnings = new List<string>();
        PropertyChoice choice = ChoosePropertyNames(features, options, mask, out string? choiceProblem);
        if (choiceProblem is not null)
        {
            return FileFailure(file, "properties", choiceProblem);
        }

        var grid = new BritishNationalGrid();
        var result = new List<AreaFeature>(features.GetArrayLength());
        var seenCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        bool warnedNoName = false;
        int index = -1;
        foreach (JsonElement feature in features.EnumerateArray())
        {
            index++;
            if ((index & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (feature.ValueKind != JsonValueKind.Object)
            {
                errors.Add(index, "(feature)", "not a JSON object");
                continue;
            }

            if (StringMember(feature, "type") != "Feature")
            {
                errors.Add(index, "type", "expected \"Feature\"");
                continue;
            }

            Geometry? geometry = ReadGeometry(feature, index, bng, grid, errors, warnings);
            if (geometry is null)
            {
                continue;
            }

            JsonElement properties = feature.TryGetProperty("properties", out JsonElement p) && p.ValueKind == JsonValueKind.Object
                ? p
                : default;
            string? code = choice.Code is null ? null : PropertyText(properties, choice.Code);
            if (string.IsNullOrWhiteSpace(code))
            {
                if (!mask)
                {
                    errors.Add(index, $"properties.{choice.Code}", "missing or empty: every area needs a code");
                    continue;
                }

                code = string.Create(CultureInfo.InvariantCulture, $"mask-{index + 1}");
            }

            code = code.Trim();
            if (seenCodes.TryGetValue(code, out int first))
            {
                if (!mask)
                {
                    errors.Add(index, $"properties.{choice.Code}",
                        string.Create(CultureInfo.InvariantCulture, $"code '{code}' is also used by feature {first}"));
                    continue;
                }

                // Mask codes only label polygons; keep them unique so the result can still build an AreaIndex.
                code = string.Create(CultureInfo.InvariantCulture, $"{code}#{index + 1}");
            }

            seenCodes[code] = index;
            string? name = choice.Name is null ? null : PropertyText(properties, choice.Name)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                if (!mask && !warnedNoName)
                {
                    string where = choice.Name is null ? "no name property" : $"no name in '{choice.Name}'";
                    warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{file}: feature {index} has {where}; its code is used as its name (and likewise for any others)"));
                    warnedNoName = true;
                }

                name = code;
            }

            result.Add(new AreaFeature(index, code, name, geometry, OtherProperties(properties, choice)));
        }

        return new GeoJsonAreaResult(file, result, errors.Kept, errors.Count, warnings,
            choice.Code, choice.Name, bng);
    }

    private static bool TryReadCrs(JsonElement root, out bool bng, out string? problem)
    {
        bng = false;
        problem = null;
        if (!root.TryGetProperty("crs", out JsonElement crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        // GeoJSON 2008 named CRS: {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}}.
        string? name = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out JsonElement p)
            && p.ValueKind == JsonValueKind.Object ? StringMember(p, "name") : null;
        if (name is null)
        {
            problem = "a crs member without a name: expected e.g. \"urn:ogc:def:crs:EPSG::27700\" or no crs at all (WGS84)";
            return false;
        }

        string digits = name.Replace("::", ":", StringComparison.Ordinal);
        if (digits.EndsWith(":27700", StringComparison.Ordinal) || digits.EndsWith("EPSG:27700", StringComparison.OrdinalIgnoreCase))
        {
            bng = true;
            return true;
        }

        if (digits.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase) || digits.EndsWith(":4326", StringComparison.Ordinal))
        {
            return true;
        }

        problem = $"coordinate reference system '{name}' is not supported: use WGS84 (RFC 7946) or EPSG:27700";
        return false;
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // A byte order mark, which Windows tools write before UTF-8 text: RFC 8259 lets a reader ignore it, and .NET's does not.
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static bool Empty(ReadOnlySpan<byte> bytes) => bytes.TrimStart(Utf8Bom).Trim(" \t\r\n"u8).IsEmpty;

    private static string JsonProblem(JsonException e) =>
        string.Create(CultureInfo.InvariantCulture,
            $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}");

    private static GeoJsonAreaResult FileFailure(string file, string field, string? reason) =>
        new(file, [], [new GeoJsonError(file, -1, field, reason ?? "unreadable")], 1, [], null, null, false);

    // Collects errors in file order, keeping the first MaxErrors.
    private sealed class ErrorList(string file)
    {
        private readonly List<GeoJsonError> _kept = [];

        public int Count { get; private set; }

        public IReadOnlyList<GeoJsonError> Kept => _kept;

        public void Add(int feature, string field, string reason)
        {
            Count++;
            if (_kept.Count < MaxErrors)
            {
                _kept.Add(new GeoJsonError(file, feature, field, reason));
            }
        }
    }
}
