using System.Text.Json;
using Lantern.Core.Hotspots;

namespace Lantern.Data.Formats.Exports;

/// <summary>The parts of the "lantern" GeoJSON member every export shares.</summary>
internal static class ExportMetadata
{
    /// <summary>Attribution the Open Government Licence asks for wherever police data is shown or exported.</summary>
    public const string Attribution = "Contains public sector information licensed under the Open Government Licence v3.0.";

    public static void WriteChoicesAndNotes(Utf8JsonWriter json, IReadOnlyList<AutomaticChoice> choices, IReadOnlyList<string> notes)
    {
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
        json.WriteString("attribution", Attribution);
    }
}
