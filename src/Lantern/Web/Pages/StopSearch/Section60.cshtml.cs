using Lantern.Analysis;
using Lantern.Data.Store;
using Lantern.Web.Endpoints;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.StopSearch;

/// <summary>
/// The Section 60 register: every authorisation, and one with the searches under it set against s.1 PACE searches of the
/// same place and period. Aggregates only; small numbers withheld from those who see nothing person-level.
/// </summary>
internal sealed class Section60Model(StoreAccess stores, TimeProvider time, IOptions<LanternWebOptions> options) : PageModel
{
    public IReadOnlyList<Section60Row> Register { get; private set; } = [];

    public Section60ReportResult? Report { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Whether breakdowns are shown in full (analysts, supervisors) or with small numbers withheld.</summary>
    public bool Full { get; private set; }

    public string? TileUrl => options.Value.TileUrl;

    public string? TileAttribution => options.Value.TileAttribution;

    public void OnGet(long? id, string? message)
    {
        using LanternStore store = stores.Open();
        Now = time.GetUtcNow();
        Message = message;
        Full = Section60Endpoints.SeesSmallNumbers(User);
        Register = Section60Store.List(store, null, 500);
        if (id is { } n)
        {
            if (Section60Store.Find(store, n) is { } row)
            {
                Report = Section60Report.Compute(store, row, AuditTrail.ActorOf(User), Now);
            }
            else
            {
                Message = $"There is no authorisation #{n} in the register.";
            }
        }
    }

    public IReadOnlyList<Section60BreakdownRow> Rows(Lantern.Core.StopSearch.StopSearchSummary summary, string field) =>
        Section60Report.Rows(summary.Breakdowns[field], suppressSmall: !Full);
}
