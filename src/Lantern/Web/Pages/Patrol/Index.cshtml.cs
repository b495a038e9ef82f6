using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Patrol;

/// <summary>An officer's list for today, on a phone.</summary>
internal sealed class PatrolIndexModel(StoreAccess stores, TimeProvider time) : PageModel
{
    public PatrolToday? Today { get; private set; }

    /// <summary>The account has no force, so no list can be shown (<see cref="PatrolService.NoForceMessage"/>).</summary>
    public bool NoForce { get; private set; }

    public PlaceNames Names { get; private set; } = null!; // set by OnGet, the only handler

    public void OnGet()
    {
        using LanternStore store = stores.Open();
        // Today as a UK clock has it: the UTC date is still yesterday's from midnight to 01:00 in summer, a night shift's busiest hour.
        Today = PatrolService.Today(store, User, UkTime.DateOf(time.GetUtcNow()));
        NoForce = Today is null && PatrolService.HasNoForce(store, User);
        Names = PlaceNames.Load(store);
    }
}
