using Lantern.Cli;
using Lantern.Core.Geography;
using Lantern.Data.Store;
using Lantern.Web.Endpoints;

namespace Lantern.Web.Services;

/// <summary>An analyst's addition or suppression of a place from the page or the API: checked, recorded and audited once.</summary>
internal static class PlaceAdjusting
{
    /// <summary>Records the adjustment; bad input throws <see cref="CliException"/> with a message for the user.</summary>
    public static PlaceAdjustment Record(LanternStore store, HttpContext http, AuditTrail audit, AdjustPlaceRequest body,
        DateTimeOffset at)
    {
        string force = ForceOption.Resolve(body.Force) ?? throw new CliException("force: a force is required");
        if (body.Action is not (PlaceAdjustment.Add or PlaceAdjustment.Suppress))
        {
            throw new CliException("action: must be 'add' or 'suppress'");
        }

        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            throw new CliException("reason: say why (it is recorded and shown on tasking lists)");
        }

        (GridSpec grid, CellId cell) = CellOption.Parse(body.Cell ?? string.Empty, body.CellSize ?? 150);
        ForceOption.RequireCrimes(store, force);
        long id = PlaceAdjustment.Record(store, force, grid, cell, body.Action, body.Reason, AuditTrail.ActorOf(http.User), at);
        PlaceAdjustment made = PlaceAdjustment.Find(store, id)!; // just recorded
        audit.Record(store, http, body.Action == PlaceAdjustment.Add ? "add-place" : "suppress-place", $"{force} {made.CellName}", made.Reason);
        return made;
    }
}
