using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Endpoints;

/// <summary>
/// Forecasting as JSON (docs/forecasting.md): what the forecasting page shows, for those who see it (analysts and
/// supervisors), and starting a backtest as its form does, for analysts; the same reads (<see cref="ForecastingView"/>)
/// and the same queue (<see cref="BacktestJobs"/>). Backtests are aggregates over places: nothing here is person-level.
/// </summary>
internal static class ForecastingEndpoints
{
    public static void MapForecastingEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/forecasting").WithTags("Forecasting");
        group.MapGet("/", Overview).WithName("GetForecasting")
            .WithSummary("Each force's chosen method with its evidence, the recorded backtests and the backtests started on this server")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapGet("/backtests/{id:long}", Backtest).WithName("GetBacktest")
            .WithSummary("A recorded backtest (the page's report): parameters, inputs and result, hit rate and PAI by method and coverage")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapPost("/backtests", Start).WithName("StartBacktest")
            .WithSummary("Check a backtest's inputs and queue it (202 with its job; 400 with the reason); it runs in the background")
            .RequireAuthorization(Roles.Policies.Analysis);
        group.MapGet("/jobs/{id:int}", Job).WithName("GetBacktestJob")
            .WithSummary("A backtest started on this server: queued, running, done (with its run) or failed (with the reason)")
            .RequireAuthorization(Roles.Policies.Tasking);
    }

    private static Ok<object> Overview(StoreAccess stores, BacktestJobs jobs, CoverageCache coverage)
    {
        using LanternStore store = stores.Open();
        IReadOnlyList<string> forces = coverage.CrimeForces(store);
        return TypedResults.Ok<object>(new
        {
            forces,
            chosen = ForecastingView.Choices(store, forces).Select(c => new { c.Force, c.Run, c.Parameters, c.Result }),
            backtests = ForecastingView.Backtests(store).Select(r => new { r.Id, r.Force, r.CreatedAt, r.CreatedBy }),
            jobs = jobs.Recent().Select(View),
        });
    }

    private static Results<Ok<object>, NotFound> Backtest(long id, StoreAccess stores)
    {
        using LanternStore store = stores.Open();
        if (ForecastingView.Backtest(store, id) is not { } b)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok<object>(new { id, b.Force, b.CreatedAt, b.CreatedBy, b.Parameters, b.Inputs, b.Result });
    }

    // An inputs mistake is a CliException, a 400 problem with the page's message, before anything is queued.
    private static Accepted<object> Start([FromBody] BacktestForm body, HttpContext http, BacktestJobs jobs)
    {
        BacktestJob job = jobs.Start(body.ToRequest(AuditTrail.ActorOf(http.User)));
        return TypedResults.Accepted($"/api/forecasting/jobs/{job.Id}", View(job));
    }

    private static Results<Ok<object>, NotFound> Job(int id, BacktestJobs jobs) =>
        jobs.Find(id) is { } job ? TypedResults.Ok(View(job)) : TypedResults.NotFound();

    private static object View(BacktestJob j) => new
    {
        j.Id,
        state = j.State.ToString().ToLowerInvariant(),
        j.Request.Force,
        j.Request.Unit,
        j.Request.From,
        j.Request.To,
        j.Request.Types,
        j.Request.Methods,
        j.Request.Coverage,
        j.Request.Choose,
        j.Request.By,
        j.Queued,
        j.Started,
        j.Finished,
        j.Run,
        j.Message,
    };
}
