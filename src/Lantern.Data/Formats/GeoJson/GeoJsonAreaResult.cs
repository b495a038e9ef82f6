using Lantern.Core.Geography;
using NetTopologySuite.Geometries;

namespace Lantern.Data.Formats.GeoJson;

/// <summary>
/// The outcome of reading a GeoJSON area or mask file: the features that could be read, and what was wrong with
/// the rest. A caller importing boundaries should refuse the file unless <see cref="IsSuccess"/>.
/// </summary>
internal sealed class GeoJsonAreaResult
{
    internal GeoJsonAreaResult(string file, IReadOnlyList<AreaFeature> features, IReadOnlyList<GeoJsonError> errors, int errorCount,
        IReadOnlyList<string> warnings, string? codeProperty, string? nameProperty, bool coordinatesInBng)
    {
        File = file;
        Features = features;
        Errors = errors;
        ErrorCount = errorCount;
        Warnings = warnings;
        CodeProperty = codeProperty;
        NameProperty = nameProperty;
        CoordinatesInBng = coordinatesInBng;
    }

    /// <summary>The file as the caller named it.</summary>
    public string File { get; }

    /// <summary>The features read, in file order (those with errors left out).</summary>
    public IReadOnlyList<AreaFeature> Features { get; }

    /// <summary>The first <see cref="GeoJsonAreaReader.MaxErrors"/> errors, in file order.</summary>
    public IReadOnlyList<GeoJsonError> Errors { get; }

    /// <summary>How many errors there were in all (may exceed <see cref="Errors"/>.Count).</summary>
    public int ErrorCount { get; }

    /// <summary>Things repaired or assumed on the way (an invalid ring fixed, a missing name), for the user to see.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The property the codes were read from, or null (a mask without codes, or a file that failed early).</summary>
    public string? CodeProperty { get; }

    /// <summary>The property the names were read from, or null.</summary>
    public string? NameProperty { get; }

    /// <summary>Whether the file declared EPSG:27700 and was read as BNG metres rather than WGS84.</summary>
    public bool CoordinatesInBng { get; }

    /// <summary>Whether every feature was read.</summary>
    public bool IsSuccess => ErrorCount == 0;

    /// <summary>A point-in-area index over the features read.</summary>
    /// <returns>The index; area i is <see cref="Features"/>[i].</returns>
    public AreaIndex ToAreaIndex()
    {
        var areas = new (string, Geometry)[Features.Count];
        for (int i = 0; i < areas.Length; i++)
        {
            areas[i] = (Features[i].Code, Features[i].Geometry);
        }

        return new AreaIndex(areas);
    }

    /// <summary>An exclusion mask made of every feature read.</summary>
    /// <returns>The mask.</returns>
    public ExclusionMask ToExclusionMask()
    {
        var polygons = new Geometry[Features.Count];
        for (int i = 0; i < polygons.Length; i++)
        {
            polygons[i] = Features[i].Geometry;
        }

        return new ExclusionMask(polygons);
    }
}
