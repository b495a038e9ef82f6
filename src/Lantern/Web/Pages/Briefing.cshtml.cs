using System.Text.Json;
using Lantern.Core.Geography;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages;

/// <summary>The one-page briefing of a published tasking (print CSS): a map of the places, their plans and reasons.</summary>
internal sealed class BriefingModel(StoreAccess stores, AreaCache areas, IOptions<LanternWebOptions> options) : PageModel
{
    /// <summary>The places for the map (rank, latitude, longitude), as JSON for briefing.js.</summary>
    public string MapPlaces { get; private set; } = "[]";

    /// <summary>The coarsest imported boundary level that holds any of the places: the map's base layer; null for none.</summary>
    public string? BaseLevel { get; private set; }

    public string? TileUrl => options.Value.TileUrl;

    public string? TileAttribution => options.Value.TileAttribution;

    public TaskingPublication? Publication { get; private set; }

    public IReadOnlyList<PublishedPlace> Places { get; private set; } = [];

    /// <summary>The publications to choose from when none, or one that does not exist, was asked for.</summary>
    public IReadOnlyList<TaskingPublication> Recent { get; private set; } = [];

    /// <summary>The id asked for when there is no such publication.</summary>
    public long? RequestedId { get; private set; }

    public PlaceNames Names { get; private set; } = null!; // set by OnGet, the only handler

    /// <summary>"Harm (days)": a harm figure means nothing without the unit of the harm table it was weighted by.</summary>
    /// <summary>
    /// What the list was made from, for the reader of a printed sheet who cannot open the run: "From crimes 2023-11..2023-12
    /// (2 of 2 months) · all crime types · Westminster (E09000033) · top 20 by harm · …"; null when the run is not found.
    /// </summary>
    public string? Basis { get; private set; }

    public string HarmHeading => Publication is not null && PlaceNames.HarmUnit(Publication) is { } unit ? $"Harm ({unit})" : "Harm";

    public void OnGet(long? id)
    {
        using LanternStore store = stores.Open();
        Publication = id is null ? null : TaskingPublication.Find(store, id.Value);
        RequestedId = Publication is null ? id : null;
        Places = Publication is null ? [] : TaskingPublication.Places(store, Publication.Id);
        Recent = Publication is null ? TaskingPublication.List(store, null, 30) : [];
        Names = PlaceNames.Load(store);
        MapPlaces = JsonSerializer.Serialize(Places.Select(p => new { rank = p.Rank, lat = p.Latitude, lon = p.Longitude }));
        Basis = Publication is null ? null : BasisOf(Publication, AnalysisRun.Find(store, Publication.RunId), Names);
        BaseLevel = areas.LevelsHolding(store, StoreVersion.Read(store), [.. Places.Select(p => new BngPoint(p.Easting, p.Northing))]) is [var coarsest, ..]
            ? coarsest : null;
    }

    private static string? BasisOf(TaskingPublication publication,
        (string Kind, string? Force, string CreatedAt, string CreatedBy, string Version, string Parameters, string Inputs, string Result)? run,
        PlaceNames names)
    {
        if (run is not { } r)
        {
            return null;
        }

        using JsonDocument parameters = JsonDocument.Parse(publication.Parameters);
        using JsonDocument result = JsonDocument.Parse(r.Result);
        JsonElement p = parameters.RootElement, o = result.RootElement;
        var parts = new List<string>();
        if (Text(o, "lookBack") is { } lookBack)
        {
            parts.Add($"From crimes {lookBack}");
        }

        parts.Add(p.TryGetProperty("types", out JsonElement types) && types.ValueKind == JsonValueKind.Array
            ? string.Join(", ", types.EnumerateArray().Select(t => t.GetString()))
            : "all crime types");
        if (Text(p, "area") is { } area)
        {
            parts.Add(names.Area(area) ?? area);
        }

        string top = p.TryGetProperty("top", out JsonElement n) && n.ValueKind == JsonValueKind.Number ? $"top {n.GetInt32()}" : "top places";
        string per = Text(p, "perArea") is { } level ? $" per {level}" : "";
        parts.Add(Text(p, "forecastMethod") is { } forecast
            ? $"{top}{per} by {forecast} forecast"
            : Text(p, "method") == "gistar" ? $"{top}{per} Gi* hot spots by harm" : $"{top}{per} by harm");
        if (p.TryGetProperty("harmTable", out JsonElement table) && Text(table, "name") is { } name)
        {
            parts.Add(Text(table, "version") is { } version ? $"{name} ({version})" : name);
        }

        parts.Add($"Lantern {r.Version}");
        return string.Join(" · ", parts);
    }

    private static string? Text(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
