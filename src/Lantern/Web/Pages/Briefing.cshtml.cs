using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>The one-page briefing of a published tasking (print CSS): the places, their plans and reasons.</summary>
internal sealed class BriefingModel(StoreAccess stores) : PageModel
{
    public TaskingPublication? Publication { get; private set; }

    public IReadOnlyList<PublishedPlace> Places { get; private set; } = [];

    public IReadOnlyList<TaskingPublication> Recent { get; private set; } = [];

    public void OnGet(long? id)
    {
        using LanternStore store = stores.Open();
        Publication = id is null ? null : TaskingPublication.Find(store, id.Value);
        Places = Publication is null ? [] : TaskingPublication.Places(store, Publication.Id);
        Recent = Publication is null ? TaskingPublication.List(store, null, 30) : [];
    }
}
