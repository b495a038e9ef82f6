using System.Text;
using Lantern.Analysis;
using Lantern.Analysis.Scrutiny;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Endpoints;

/// <summary>
/// The stop-and-search figures (docs/stop-search.md) as JSON, exactly as <c>lantern stopsearch ... --json</c> prints them:
/// the same analysis runs, recorded the same way, with the signed-in account as who ran them. Aggregates, for those who
/// see aggregates; the scrutiny panel's report (small numbers suppressed, every view in the audit log) also for scrutiny
/// panels. Bad filters answer 400 with the command line's message.
/// </summary>
internal static class StopSearchFigureEndpoints
{
    public static void MapStopSearchFigureEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/stop-search").WithTags("Stop and search");
        group.MapGet("/summary", Summary).WithName("GetStopSearchSummary")
            .WithSummary("Volumes by month, outcome rates by power, object, age, gender and ethnicity, disproportionality and the outcome test (stopsearch summary)")
            .RequireAuthorization(Roles.Policies.Aggregates);
        group.MapGet("/boroughs", Boroughs).WithName("GetStopSearchBoroughs")
            .WithSummary("Every borough at once: searches, find rate, rates per 1,000 by ethnic group and ratios to White (stopsearch boroughs)")
            .RequireAuthorization(Roles.Policies.Aggregates);
        group.MapGet("/veil", Veil).WithName("GetStopSearchVeil").WithSummary("The veil-of-darkness test (stopsearch veil)")
            .RequireAuthorization(Roles.Policies.Aggregates);
        group.MapGet("/bwv", BodyWornVideo).WithName("GetStopSearchBodyWornVideo")
            .WithSummary("Body-worn video: the share recorded by team or area, and the reasons when not (stopsearch bwv)")
            .RequireAuthorization(Roles.Policies.Aggregates);
        group.MapGet("/places", Places).WithName("GetStopSearchPlaces")
            .WithSummary("Searches inside and outside the day's tasked places, with find rates (stopsearch places)")
            .RequireAuthorization(Roles.Policies.Aggregates);
        group.MapGet("/scrutiny", ScrutinyJson).WithName("GetScrutinyReport")
            .WithSummary("The scrutiny panel's monthly report: aggregates only, small numbers suppressed (stopsearch report --json); each view audited")
            .RequireAuthorization(Roles.Policies.ScrutinyReport);
        group.MapGet("/scrutiny/csv", ScrutinyCsv).WithName("GetScrutinyReportCsv")
            .WithSummary("The scrutiny panel's monthly report as CSV, one figure a line (stopsearch report --csv); each view audited")
            .RequireAuthorization(Roles.Policies.ScrutinyReport);
    }

    /// <summary>The summary's request from the filters (blank is not given).</summary>
    internal static StopSearchRequest SummaryRequest(string? force, string? from, string? to, string? area, string? legislation, string? ethnicity, string? census,
        HttpContext http) => new()
        {
            Force = Given(force),
            From = Given(from),
            To = Given(to),
            Area = Given(area),
            Legislation = Given(legislation),
            Ethnicity = Given(ethnicity),
            Census = Given(census),
            By = AuditTrail.ActorOf(http.User),
        };

    internal static VeilRequest VeilRequest(string? force, string? from, string? to, string? areaLevel, string? ethnicity, int? knots, HttpContext http) => new()
    {
        Force = Given(force),
        From = Given(from),
        To = Given(to),
        AreaLevel = Given(areaLevel),
        Ethnicity = Given(ethnicity),
        Knots = knots ?? 6,
        By = AuditTrail.ActorOf(http.User),
    };

    /// <summary>Blank form fields and query values are not given.</summary>
    internal static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ContentHttpResult Summary(string? force, string? from, string? to, string? area, string? legislation, string? ethnicity, string? census,
        HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        StopSearchResult r = StopSearchRun.Compute(store, SummaryRequest(force, from, to, area, legislation, ethnicity, census, http), time);
        return Json(new RecordedRun(r.RunId, r.ParametersJson, r.InputsJson, r.ResultJson).Json(LanternCli.Version));
    }

    private static ContentHttpResult Boroughs(string? force, string? from, string? to, string? legislation, string? ethnicity, string? census, HttpContext http,
        StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        BoroughTableResult r = BoroughTableRun.Compute(store, SummaryRequest(force, from, to, null, legislation, ethnicity, census, http), time);
        return Json(r.Run.Json(LanternCli.Version));
    }

    private static ContentHttpResult Veil(string? force, string? from, string? to, string? areaLevel, string? ethnicity, int? knots, HttpContext http,
        StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        return Json(VeilRun.Compute(store, VeilRequest(force, from, to, areaLevel, ethnicity, knots, http), time).Run.Json(LanternCli.Version));
    }

    private static ContentHttpResult BodyWornVideo(string? force, string? from, string? to, string? by, string? areaLevel, HttpContext http, StoreAccess stores,
        TimeProvider time)
    {
        using LanternStore store = stores.Open();
        return Json(BodyWornVideoRun.Compute(store, Given(force), Given(from), Given(to), Given(by), Given(areaLevel), AuditTrail.ActorOf(http.User), time)
            .Run.Json(LanternCli.Version));
    }

    private static ContentHttpResult Places(string? force, string? from, string? to, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        return Json(TaskedPlacesRun.Compute(store, Given(force), Given(from), Given(to), AuditTrail.ActorOf(http.User), time).Run.Json(LanternCli.Version));
    }

    private static ContentHttpResult ScrutinyJson(string? force, string? month, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        ScrutinyReport r = ScrutinyReportRun.Compute(store, Given(force), Given(month), AuditTrail.ActorOf(http.User), "api-json", AuditTrail.ClientOf(http), time);
        return Json(r.Json(LanternCli.Version));
    }

    private static ContentHttpResult ScrutinyCsv(string? force, string? month, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        ScrutinyReport r = ScrutinyReportRun.Compute(store, Given(force), Given(month), AuditTrail.ActorOf(http.User), "csv", AuditTrail.ClientOf(http), time);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"stop-search-report-{r.Force}-{r.Month}.csv\"";
        return TypedResults.Text(ScrutinyReportCsv.Write(r), "text/csv", Encoding.UTF8);
    }

    private static ContentHttpResult Json(string json) => TypedResults.Text(json, "application/json", Encoding.UTF8);
}
