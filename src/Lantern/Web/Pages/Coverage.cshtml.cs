using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

/// <summary>Data coverage: force × kind × month, and the months missing.</summary>
internal sealed class CoverageModel(StoreAccess stores, CoverageCache coverage) : PageModel
{
    public Coverage Coverage { get; private set; } = new([]);

    public void OnGet()
    {
        using LanternStore store = stores.Open();
        Coverage = coverage.Read(store);
    }
}
