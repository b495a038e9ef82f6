using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Store;

namespace Lantern.Web.Pages;

/// <summary>
/// How the pages of a published tasking (briefing, dosage, patrol) name its places for the people who use them:
/// a place by its area's name and code where boundaries are imported ("Lambeth 012A (E01003012)"), since officers know
/// neighbourhoods rather than grid cells, with the cell id kept beside it as the place's exact key; harm in its unit.
/// </summary>
internal sealed class PlaceNames
{
    private readonly Func<string?, string> _label;

    private PlaceNames(Func<string?, string> label) => _label = label;

    /// <summary>Reads the areas' names now, so that the names outlive the store.</summary>
    public static PlaceNames Load(LanternStore store) => new(AnalysisInputs.AreaLabel(store));

    /// <summary>A place's area, name and code, or null where it has none (no boundaries were imported).</summary>
    public string? Area(string? code) => code is null ? null : _label(code);

    /// <summary>What a heading calls the place: its area, else its cell.</summary>
    public string Title(PublishedPlace place) => Area(place.AreaCode) ?? place.Cell;

    /// <summary>The unit of the publication's harm figures ("days" for the Crime Harm Index), from the parameters it was made with.</summary>
    public static string? HarmUnit(TaskingPublication publication)
    {
        using JsonDocument parameters = JsonDocument.Parse(publication.Parameters);
        return parameters.RootElement.ValueKind == JsonValueKind.Object
            && parameters.RootElement.TryGetProperty("harmTable", out JsonElement table)
            && table.ValueKind == JsonValueKind.Object
            && table.TryGetProperty("unit", out JsonElement unit) && unit.ValueKind == JsonValueKind.String
            ? unit.GetString()
            : null;
    }
}
