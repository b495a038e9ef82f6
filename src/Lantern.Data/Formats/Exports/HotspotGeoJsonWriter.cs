using System.Text.Json;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Data.Formats.Exports;

/// <summary>
/// Writes hot-spot cells as an RFC 7946 GeoJSON FeatureCollection: one WGS84 Polygon per cell (see
/// <see cref="HotspotRow"/>) with its scores as properties, and the analysis parameters, automatic choices and notes
/// in a top-level "lantern" member (a foreign member, which RFC 7946 §6.1 allows and readers ignore).
/// </summary>
internal static class HotspotGeoJsonWriter
{
    // Flush to the stream every so many features, so a large export does not sit in memory.
    private const int FlushEvery = 500;

    /// <summary>Writes the GeoJSON as UTF-8.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="areas">Area codes to add, one property per level; null for none.</param>
    /// <param name="record">The run it comes from (force, run number, data, the run's own choices); null for none.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(HotspotResult result, Stream stream, AreaCodes? areas, ExportRecord? record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        var geometry = new CellGeometry(result.Counts.Grid);
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        WriteMetadata(json, result, record, areas);
        json.WritePropertyName("features");
        json.WriteStartArray();
        CellCounts counts = result.Counts;
        int written = 0;
        foreach (HotspotRow row in HotspotRow.From(result))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", counts.Grid.CellName(row.Cell));
            geometry.WritePolygon(json, row.Cell);
            json.WritePropertyName("properties");
            json.WriteStartObject();
            json.WriteString("cell_id", counts.Grid.CellName(row.Cell));
            BngPoint centre = counts.Grid.Centre(row.Cell);
            json.WriteNumber("x", centre.Easting);
            json.WriteNumber("y", centre.Northing);
            foreach (var (level, codeOf) in (areas ?? AreaCodes.None).Levels)
            {
                if (codeOf(row.Cell) is { } code)
                {
                    json.WriteString(AreaCodes.Column(level), code);
                }
            }

            bool occupied = row.CountsIndex >= 0;
            if (occupied)
            {
                json.WriteNumber("harm_rank", row.HarmRank);
            }

            json.WriteNumber("crimes", occupied ? counts.Count[row.CountsIndex] : 0);
            json.WriteNumber("harm", occupied ? counts.Harm[row.CountsIndex] : 0);
            if (row.Density is { } density)
            {
                json.WriteNumber("density_per_km2", Math.Round(density, 3));
            }

            if (row.GiStar is { } gi)
            {
                json.WriteNumber("gi_z", Math.Round(gi.Z, 4));
                json.WriteNumber("gi_p", gi.PValue);
                json.WriteNumber("gi_q", gi.AdjustedP);
                json.WriteString("gi_class", row.GiClass);
            }

            json.WritePropertyName("crimes_by_category");
            json.WriteStartObject();
            if (occupied)
            {
                ReadOnlySpan<int> byCategory = counts.CategoryCounts(row.CountsIndex);
                for (int c = 0; c < byCategory.Length; c++)
                {
                    if (byCategory[c] > 0)
                    {
                        json.WriteNumber(CrimeCategories.Slug((CrimeCategory)c), byCategory[c]);
                    }
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            if (++written % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteMetadata(Utf8JsonWriter json, HotspotResult result, ExportRecord? record, AreaCodes? areas)
    {
        json.WritePropertyName("lantern");
        json.WriteStartObject();
        json.WriteString("kind", "hotspots");
        ExportMetadata.WriteRecord(json, record);
        json.WriteString("from", result.Options.FirstMonth?.ToString());
        json.WriteString("to", result.Options.LastMonth?.ToString());
        json.WritePropertyName("types");
        json.WriteStartArray();
        foreach (string slug in (result.Options.Categories ?? (IEnumerable<Lantern.Core.Crimes.CrimeCategory>)[]).Select(Lantern.Core.Crimes.CrimeCategories.Slug).Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(slug);
        }

        json.WriteEndArray();
        json.WriteString("software_version", result.SoftwareVersion);
        json.WriteNumber("cell_size_metres", result.Counts.Grid.CellSize);
        json.WriteString("study_area", result.Counts.StudyArea?.ToString());
        json.WriteNumber("crimes", result.Counts.TotalCrimes);
        json.WriteNumber("total_harm", result.Counts.TotalHarm);
        json.WriteString("harm_unit", result.Options.HarmUnit);
        json.WriteString("harm_table_version", result.Options.HarmTableVersion);
        if (result.KernelDensity is { } kde)
        {
            json.WriteString("kernel", KernelDensityResult.Kernel);
            json.WriteNumber("bandwidth_metres", kde.BandwidthMetres);
        }

        if (result.GiStar is { } gi)
        {
            json.WriteNumber("gi_band_metres", gi.BandMetres);
            json.WriteNumber("fdr_q", gi.FdrQ);
            json.WriteNumber("gi_hot_cells", gi.HotCells);
            json.WriteNumber("gi_cold_cells", gi.ColdCells);
        }

        ExportMetadata.WriteChoicesAndNotes(json, result.AutomaticChoices, result.Notes, record, areas);
        json.WriteEndObject();
    }
}
