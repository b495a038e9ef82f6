using System.Globalization;

namespace Lantern.Data.Formats.GeoJson;

/// <summary>Why a GeoJSON file, or one of its features, cannot be used.</summary>
/// <param name="File">The file as the caller named it.</param>
/// <param name="FeatureIndex">
/// The feature's 0-based position in <c>features</c> (as in <c>.features[12]</c>), or −1 for the whole file.
/// </param>
/// <param name="Field">
/// The member at fault as a JSON path inside the feature, e.g. <c>geometry.type</c> or <c>properties.LSOA21CD</c>.
/// </param>
/// <param name="Reason">What was wrong, in words a user can act on.</param>
internal sealed record GeoJsonError(string File, int FeatureIndex, string Field, string Reason)
{
    /// <summary>The error as "file: feature N, field 'F': reason" (without the feature for whole-file errors).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FeatureIndex < 0
        ? $"{File}: field '{Field}': {Reason}"
        : string.Create(CultureInfo.InvariantCulture, $"{File}: feature {FeatureIndex}, field '{Field}': {Reason}");
}
