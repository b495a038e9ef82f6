using System.Globalization;
using System.Text.Json;
using Lantern.Core.Tasking;

namespace Lantern.Data.Formats.Exports;

/// <summary>
/// Writes a tasking list as an RFC 7946 GeoJSON FeatureCollection: one WGS84 Polygon per place with its rank, scores,
/// patrol plan and reason, and the date, seed, periods, coverage, adjustments, automatic choices and notes in a
/// top-level "lantern" member.
/// </summary>
internal static class TaskingGeoJsonWriter
{
    /// <summary>Writes the GeoJSON as UTF-8.</summary>
    /// <param name="list">The tasking list.</param>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="areas">Area codes to add, one property per level; null for none.</param>
    /// <param name="record">The run it comes from (force, run number, data, the run's own choices); null for none.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(TaskingList list, Stream stream, AreaCodes? areas, ExportRecord? record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(stream);
        var geometry = new CellGeometry(list.Options.Grid);
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        WriteMetadata(json, list, record, areas);
        json.WritePropertyName("features");
        json.WriteStartArray();
        foreach (TaskingPlace p in list.Places)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", list.Options.Grid.CellName(p.Cell));
            geometry.WritePolygon(json, p.Cell);
            json.WritePropertyName("properties");
            json.WriteStartObject();
            json.WriteNumber("rank", p.Rank);
            json.WriteString("source", p.Source == PlaceSource.Ranked ? "ranked" : "added by analyst");
            json.WriteString("cell_id", list.Options.Grid.CellName(p.Cell));
            json.WriteNumber("x", p.Centre.Easting);
            json.WriteNumber("y", p.Centre.Northing);
            if (p.AreaCode is not null)
            {
                json.WriteString("area_code", p.AreaCode);
            }

            foreach (var (level, codeOf) in (areas ?? AreaCodes.None).Levels)
            {
                if (codeOf(p.Cell) is { } code)
                {
                    json.WriteString(AreaCodes.Column(level), code);
                }
            }

            json.WriteNumber("harm", p.Harm);
            json.WriteNumber("harm_rank", p.HarmRank);
            json.WriteNumber("crimes", p.Crimes);
            json.WriteString("crimes_by_category", TaskingCsvWriter.Categories(p));
            if (p.GiStar is { } gi)
            {
                json.WriteNumber("gi_z", Math.Round(gi.Z, 4));
                json.WriteNumber("gi_q", gi.AdjustedP);
                json.WriteBoolean("gi_hot_spot", gi.IsHotSpot);
            }

            json.WriteString("trend", TaskingCsvWriter.Trend(p.Trend.Direction));
            if (p.Trend.ChangePercent is { } change)
            {
                json.WriteNumber("change_percent", Math.Round(change, 1));
            }

            json.WriteNumber("visits_per_day", p.Plan.VisitsPerDay);
            json.WriteNumber("visit_minutes", p.Plan.VisitMinutes);
            json.WritePropertyName("visit_times");
            json.WriteStartArray();
            foreach (TimeOnly t in p.Plan.VisitTimes)
            {
                json.WriteStringValue(t.ToString("HH:mm", CultureInfo.InvariantCulture));
            }

            json.WriteEndArray();
            json.WriteString("peak_source", TaskingCsvWriter.PeakSource(p.Plan.Source));
            json.WriteString("patrol_advice", p.Plan.Advice);
            json.WriteString("reason", p.Reason);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteMetadata(Utf8JsonWriter json, TaskingList list, ExportRecord? record, AreaCodes? areas)
    {
        TaskingOptions o = list.Options;
        json.WritePropertyName("lantern");
        json.WriteStartObject();
        json.WriteString("kind", "tasking");
        ExportMetadata.WriteRecord(json, record);
        json.WriteString("software_version", list.SoftwareVersion);
        json.WriteString("date", o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("seed", o.Seed);
        json.WriteNumber("cell_size_metres", o.Grid.CellSize);
        json.WriteNumber("top_n", o.TopN);
        json.WriteBoolean("top_n_per_area", o.TopNPerArea);
        json.WriteString("look_back", list.LookBack?.ToString());
        json.WriteString("previous_period", list.Previous?.ToString());
        json.WriteNumber("gi_band_metres", o.GiStarBandMetres);
        json.WriteNumber("fdr_q", o.FdrQ);
        json.WriteString("harm_unit", o.HarmUnit);
        json.WriteString("harm_table_version", o.HarmTableVersion);
        json.WriteNumber("crimes_used", list.CrimesUsed);
        json.WriteNumber("timed_crimes_used", list.TimedCrimesUsed);
        json.WriteNumber("excluded_cells", list.ExcludedCells);
        json.WritePropertyName("adjustments");
        json.WriteStartArray();
        foreach (AdjustmentOutcome a in list.Adjustments)
        {
            json.WriteStartObject();
            json.WriteString("cell_id", o.Grid.CellName(a.Adjustment.Cell));
            json.WriteString("action", a.Adjustment.Kind == AdjustmentKind.Add ? "add" : "suppress");
            json.WriteString("reason", a.Adjustment.Reason);
            json.WriteBoolean("applied", a.Applied);
            json.WriteString("effect", a.Effect);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ExportMetadata.WriteChoicesAndNotes(json, list.AutomaticChoices, list.Notes, record, areas);
        json.WriteEndObject();
    }
}
