using System.Globalization;
using Lantern.Analysis;
using Lantern.Data.Formats.Exports;
using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Lantern.Web.Endpoints;

/// <summary>The tasking API: today's list (JSON, CSV, GeoJSON), publishing it, and analysts' place adjustments.</summary>
internal static class TaskingEndpoints
{
    public static void MapTaskingEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/tasking").WithTags("Tasking");
        group.MapGet("/", GetList).WithName("GetTasking").WithSummary("Today's tasking list with its run, parameters and inputs")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapGet("/csv", GetCsv).WithName("GetTaskingCsv").WithSummary("The tasking list as CSV (BNG x/y, lat/lon, area codes)")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapGet("/geojson", GetGeoJson).WithName("GetTaskingGeoJson").WithSummary("The tasking list as GeoJSON (WGS84)")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapPost("/publications", Publish).WithName("PublishTasking").WithSummary("Publish the list for the day (a new version)")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapGet("/publications", ListPublications).WithName("ListPublications").WithSummary("Published taskings, newest first")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapGet("/publications/{id:long}", GetPublication).WithName("GetPublication")
            .WithSummary("A published tasking: its places and the patrol dosage against the plan").RequireAuthorization(Roles.Policies.Tasking);
        group.MapGet("/places", ListAdjustments).WithName("ListPlaceAdjustments").WithSummary("Analysts' additions and suppressions of places")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapGet("/places/{id:long}", GetAdjustment).WithName("GetPlaceAdjustment").WithSummary("One addition or suppression of a place")
            .RequireAuthorization(Roles.Policies.Tasking);
        group.MapPost("/places", AdjustPlace).WithName("AdjustPlace").WithSummary("Add or suppress a place, with a reason")
            .RequireAuthorization(Roles.Policies.Analysis);
        group.MapDelete("/places/{id:long}", WithdrawAdjustment).WithName("WithdrawPlaceAdjustment").WithSummary("Withdraw an addition or suppression")
            .RequireAuthorization(Roles.Policies.Analysis);
    }

    internal static TaskingRequest Request(TaskingQuery q, HttpContext http, TimeProvider time) => new()
    {
        Force = string.IsNullOrWhiteSpace(q.Force) ? null : q.Force,
        Date = q.Date is null ? Core.Time.UkTime.DateOf(time.GetUtcNow()) // the UK day, as the page offers it
            : DateOnly.TryParseExact(q.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d
            : throw new Cli.CliException($"date '{q.Date}' is not a date (yyyy-MM-dd)"),
        Top = q.Top ?? 20,
        PerArea = string.IsNullOrWhiteSpace(q.PerArea) ? null : q.PerArea,
        Months = q.Months ?? 12,
        CellSize = q.CellSize ?? 150,
        Types = string.IsNullOrWhiteSpace(q.Types) ? null : q.Types,
        Area = string.IsNullOrWhiteSpace(q.Area) ? null : q.Area,
        Method = string.IsNullOrWhiteSpace(q.Method) ? null : q.Method,
        By = AuditTrail.ActorOf(http.User),
    };

    private static async Task<IResult> GetList([AsParameters] TaskingQuery q, HttpContext http, TaskingService tasking, TimeProvider time,
        CancellationToken ct)
    {
        TaskingPage page = await tasking.GetAsync(Request(q, http, time), ct);
        http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (AcceptsGzip(http.Request))
        {
            http.Response.Headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(page.JsonGzip, "application/json");
        }

        return TypedResults.Bytes(page.Json, "application/json");
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e =>
            (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal)) && (e.Quality ?? 1) > 0);

    private static async Task<IResult> GetCsv([AsParameters] TaskingQuery q, HttpContext http, TaskingService tasking, TimeProvider time,
        CancellationToken ct)
    {
        TaskingPage page = await tasking.GetAsync(Request(q, http, time), ct);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        await TaskingCsvWriter.WriteAsync(page.List, text, page.Areas, page.RunId, ct);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv", FileName(page, "csv"));
    }

    private static async Task<IResult> GetGeoJson([AsParameters] TaskingQuery q, HttpContext http, TaskingService tasking, TimeProvider time,
        CancellationToken ct)
    {
        TaskingPage page = await tasking.GetAsync(Request(q, http, time), ct);
        var stream = new MemoryStream();
        await TaskingGeoJsonWriter.WriteAsync(page.List, stream, page.Areas, page.Record, ct);
        return TypedResults.File(stream.ToArray(), "application/geo+json", FileName(page, "geojson"));
    }

    private static string FileName(TaskingPage page, string extension) =>
        $"tasking-{page.Force}-{page.List.Options.Date:yyyy-MM-dd}-run{page.RunId}.{extension}";

    private static async Task<Created<TaskingPublication>> Publish([FromBody] PublishRequest body, HttpContext http, TaskingService tasking,
        StoreAccess stores, TimeProvider time, CancellationToken ct)
    {
        TaskingPage page = await tasking.GetAsync(Request(body.Query, http, time), ct);
        using LanternStore store = stores.Open();
        TaskingPublication p = PublishingService.Publish(store, page, AuditTrail.ActorOf(http.User), time.GetUtcNow(), body.Note, AuditTrail.ClientOf(http));
        return TypedResults.Created($"/api/tasking/publications/{p.Id}", p);
    }

    private static Ok<IReadOnlyList<TaskingPublication>> ListPublications(string? force, StoreAccess stores)
    {
        using LanternStore store = stores.Open();
        return TypedResults.Ok(TaskingPublication.List(store, string.IsNullOrWhiteSpace(force) ? null : Cli.ForceOption.Resolve(force), 100));
    }

    private static Results<Ok<PublicationView>, NotFound> GetPublication(long id, StoreAccess stores)
    {
        using LanternStore store = stores.Open();
        return TaskingPublication.Find(store, id) is { } p
            ? TypedResults.Ok(new PublicationView(p, TaskingPublication.Places(store, id), PublishingService.Dosage(store, id)))
            : TypedResults.NotFound();
    }

    private static Ok<IReadOnlyList<PlaceAdjustment>> ListAdjustments(string? force, StoreAccess stores)
    {
        using LanternStore store = stores.Open();
        return TypedResults.Ok(PlaceAdjustment.List(store, string.IsNullOrWhiteSpace(force) ? null : Cli.ForceOption.Resolve(force), includeWithdrawn: true));
    }

    // The address a new adjustment's 201 Created names.
    private static Results<Ok<PlaceAdjustment>, NotFound> GetAdjustment(long id, StoreAccess stores)
    {
        using LanternStore store = stores.Open();
        return PlaceAdjustment.Find(store, id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }

    private static Created<PlaceAdjustment> AdjustPlace([FromBody] AdjustPlaceRequest body, HttpContext http, StoreAccess stores, AuditTrail audit,
        TimeProvider time)
    {
        using LanternStore store = stores.Open();
        PlaceAdjustment made = PlaceAdjusting.Record(store, http, audit, body, time.GetUtcNow());
        return TypedResults.Created($"/api/tasking/places/{made.Id}", made);
    }

    private static Results<NoContent, NotFound> WithdrawAdjustment(long id, HttpContext http, StoreAccess stores, AuditTrail audit, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        if (!PlaceAdjustment.Withdraw(store, id, AuditTrail.ActorOf(http.User), time.GetUtcNow()))
        {
            return TypedResults.NotFound();
        }

        audit.Record(store, http, "withdraw-place-adjustment", $"#{id}");
        return TypedResults.NoContent();
    }
}
