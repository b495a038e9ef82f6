using System.Text.Json;
using Lantern.Core.Hotspots;

namespace Lantern.Data.Formats.Exports;

/// <summary>The parts of the "lantern" GeoJSON member every export shares.</summary>
internal static class ExportMetadata
{
    /// <summary>Attribution the Open Government Licence asks for wherever police data is shown or exported.</summary>
    public const string Attribution = "Contains public sector information licensed under the Open Government Licence v3.0.";

    /// <summary>Attribution the boundaries ask for (ONS and OS open data) where their codes are exported.</summary>
    public const string BoundaryAttribution = "Contains OS data © Crown copyright and database right; contains National Statistics data © Crown copyright and database right.";

    /// <summary>The run's force, number, data and area, when the export is of a recorded run.</summary>
    public static void WriteRecord(Utf8JsonWriter json, ExportRecord? record)
    {
        if (record is null)
        {
            return;
        }

        json.WriteString("force", record.Force);
        json.WriteNumber("run", record.Run);
        json.WriteString("data", record.Data);
        if (record.Area is { } area)
        {
            json.WriteString("area", area);
        }
    }

    public static void WriteChoicesAndNotes(Utf8JsonWriter json, IReadOnlyList<AutomaticChoice> choices, IReadOnlyList<string> notes,
        ExportRecord? record = null, AreaCodes? areas = null)
    {
        if (record is not null)
        {
            // The run's own choices (the force, the study area, the seed: made before the analysis), as recorded.
            json.WritePropertyName("run_choices");
            json.WriteStartArray();
            foreach (string c in record.Choices)
            {
                json.WriteStringValue(c);
            }

            json.WriteEndArray();
        }

        json.WritePropertyName("automatic_choices");
        json.WriteStartArray();

        foreach (AutomaticChoice c in choices)
        {
            json.WriteStartObject();
            json.WriteString("parameter", c.Parameter);
            json.WriteString("value", c.Value);
            json.WriteString("reason", c.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("notes");
        json.WriteStartArray();
        foreach (string note in notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteString("attribution", areas is { Levels.Count: > 0 } ? Attribution + " " + BoundaryAttribution : Attribution);
    }
}
