using Lantern.Analysis;
using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Endpoints;

/// <summary>
/// Recorded results checked again (<see cref="RunCheck"/>, as <c>lantern runs check</c>): a published tasking list, or any
/// tasking, hot-spot or stop-and-search figure's run, computed again from its record on the data now. For those who make
/// and review tasking: analysts and supervisors.
/// </summary>
internal static class RunEndpoints
{
    public static void MapRunEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/runs").WithTags("Runs")
            .MapGet("/{id:long}/check", Check).WithName("CheckRun")
            .WithSummary("Compute a recorded tasking list, hot spots, backtest or stop-and-search figure again from its record, and compare")
            .RequireAuthorization(Roles.Policies.Tasking);
    }

    private static async Task<Ok<object>> Check(long id, StoreAccess stores, CrimeCache crimes, TimeProvider time, CancellationToken ct)
    {
        using LanternStore store = stores.Open();
        StoreVersion version = StoreVersion.Read(store);
        RunCheckResult c = await RunCheck.CheckAsync(store, id, time, (selection, harm) => crimes.Load(store, version.Imports, selection, harm), ct);
        return TypedResults.Ok(c.Json());
    }
}
