using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Patrol;

/// <summary>An officer's list for today, on a phone.</summary>
internal sealed class PatrolIndexModel(StoreAccess stores, TimeProvider time) : PageModel
{
    public PatrolToday? Today { get; private set; }

    public PlaceNames Names { get; private set; } = null!; // set by OnGet, the only handler

    public void OnGet()
    {
        using LanternStore store = stores.Open();
        Today = PatrolService.Today(store, User, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        Names = PlaceNames.Load(store);
    }
}
