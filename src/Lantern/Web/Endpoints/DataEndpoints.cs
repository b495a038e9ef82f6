using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Endpoints;

/// <summary>The data API: upload and import files, rejected rows, coverage, boundaries for the map.</summary>
internal static class DataEndpoints
{
    public static void MapDataEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api").WithTags("Data");
        group.MapPost("/imports", Import).WithName("ImportFile").WithSummary("Upload and import a data.police.uk CSV, a force export or a .zip")
            .Accepts<IFormFile>("multipart/form-data").ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireAuthorization(Roles.Policies.Analysis).DisableAntiforgery();
        group.MapGet("/rejects", Rejects).WithName("ListRejects").WithSummary("Rejected rows with file, line, field and reason")
            .RequireAuthorization(Roles.Policies.Analysis);
        group.MapGet("/coverage", GetCoverage).WithName("GetCoverage").WithSummary("Which force × kind × month is present, and what is missing")
            .RequireAuthorization(Roles.Policies.Aggregates);
        group.MapGet("/areas/{level}", Areas).WithName("GetAreas").WithSummary("Imported boundaries of a level as GeoJSON (WGS84), the map's base layer")
            .RequireAuthorization(Roles.Policies.Staff);
    }

    // Antiforgery is checked by the filter on every state-changing /api call (LanternWeb); the built-in form check is
    // switched off above only so that it does not run twice. The form is read here, not bound, so that it is read with the
    // upload limit and an upload over it gets a problem saying so (bound, it got a bare 413).
    private static async Task<Results<Ok<UploadReport>, ProblemHttpResult>> Import(HttpContext http, ImportService imports,
        CancellationToken ct)
    {
        using UploadForm form = await imports.ReadUploadAsync(http, "file", ct);
        if (form.Path is null)
        {
            return TypedResults.Problem(form.Refusal, statusCode: form.Status,
                title: form.Status == StatusCodes.Status413PayloadTooLarge ? "Upload too large" : "Bad request");
        }

        return TypedResults.Ok(await imports.ImportAsync(http, form, ct));
    }

    /// <summary>
    /// A rejected row is kept whole (the raw line), and a stop-and-search file's rows are individual searches: person-level
    /// data. So a view that shows any is audited (who, which file, how many rows) and never stored by the browser.
    /// </summary>
    private static Ok<IReadOnlyList<RejectRow>> Rejects(string? file, int? limit, HttpContext http, StoreAccess stores, AuditTrail audit)
    {
        using LanternStore store = stores.Open();
        string? name = string.IsNullOrWhiteSpace(file) ? null : file;
        IReadOnlyList<RejectRow> rows = RejectRow.Read(store, name, Math.Clamp(limit ?? 500, 1, 10_000));
        http.Response.Headers.CacheControl = "no-store";
        if (rows.Count > 0)
        {
            audit.Record(store, http, "view-rejected-rows", name ?? "all files",
                detail: System.Text.Json.JsonSerializer.Serialize(new { rows = rows.Count, files = rows.Select(r => r.File).Distinct() }));
        }

        return TypedResults.Ok(rows);
    }

    private static Ok<object> GetCoverage(string? force, StoreAccess stores, CoverageCache cache)
    {
        using LanternStore store = stores.Open();
        Coverage coverage = cache.Read(store, string.IsNullOrWhiteSpace(force) ? null : Cli.ForceOption.Resolve(force));
        return TypedResults.Ok<object>(coverage.Series.Select(s => new
        {
            s.Force,
            kind = Cli.CoverageCommand.KindName(s.Kind),
            first = s.First.ToString(),
            last = s.Last.ToString(),
            rows = s.Months.Sum(m => m.Rows),
            withoutLocation = s.Months.Sum(m => m.Unlocated),
            missing = s.Missing.Select(m => m.ToString()),
            incomplete = s.Incomplete.Select(m => new { month = m.Month.ToString(), lastDay = m.LastDay }), // as 'lantern coverage --json'
        }));
    }

    private static Results<FileContentHttpResult, NotFound<string>> Areas(string level, StoreAccess stores)
    {
        using LanternStore store = stores.Open();
        if (!AreaStore.Levels.Contains(level) || AreaStore.Load(store, level) is not { Count: > 0 } areas)
        {
            return TypedResults.NotFound($"No {level} boundaries imported.");
        }

        return TypedResults.File(AreaGeoJson.Write(areas), "application/geo+json");
    }
}
