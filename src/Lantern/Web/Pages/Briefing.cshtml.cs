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
        BaseLevel = areas.LevelsHolding(store, StoreVersion.Read(store), [.. Places.Select(p => new BngPoint(p.Easting, p.Northing))]) is [var coarsest, ..]
            ? coarsest : null;
    }
}
