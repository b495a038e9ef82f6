using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>Visits and minutes per published place against the plan.</summary>
internal sealed class DosageModel(StoreAccess stores) : PageModel
{
    public TaskingPublication? Publication { get; private set; }

    public IReadOnlyList<PlaceDosage> Dosage { get; private set; } = [];

    public IReadOnlyList<TaskingPublication> Recent { get; private set; } = [];

    /// <summary>The id asked for when there is no such publication.</summary>
    public long? RequestedId { get; private set; }

    public PlaceNames Names { get; private set; } = null!; // set by OnGet, the only handler

    public void OnGet(long? id)
    {
        using LanternStore store = stores.Open();
        Recent = TaskingPublication.List(store, null, 60);
        Publication = id is null ? (Recent.Count > 0 ? Recent[0] : null) : TaskingPublication.Find(store, id.Value);
        RequestedId = Publication is null ? id : null;
        Dosage = Publication is null ? [] : PublishingService.Dosage(store, Publication.Id);
        Names = PlaceNames.Load(store);
    }
}
