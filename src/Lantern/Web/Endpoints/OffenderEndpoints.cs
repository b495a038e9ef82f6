using System.Text;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Endpoints;

/// <summary>
/// Priority offenders as JSON (docs/offenders.md): what the offender pages do, for public protection only, and subject
/// access for administrators. Every call names a justification (DPA 2018 s.62) and is audited with it; a missing one
/// is a 400 problem and nothing is shown or logged. Person ids and justifications travel only in POST bodies, never in
/// an address: access logs, proxies and Referer headers keep addresses where erasure cannot reach them.
/// </summary>
internal static class OffenderEndpoints
{
    public static void MapOffenderEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/offenders").WithTags("Offenders").RequireAuthorization(Roles.Policies.PublicProtection);
        group.MapPost("/list", List).WithName("ListOffenders")
            .WithSummary("The latest run's list and wanted list with the fairness report and power few; justification and area in the body (audited)");
        group.MapPost("/score", Score).WithName("ScoreOffenders")
            .WithSummary("Score the imported offender records as of a day (the page's scoring): a new run, answered with its list " +
                "as /list answers; justification in the body (audited)");
        group.MapPost("/person/view", Explain).WithName("ExplainOffender")
            .WithSummary("One person's kept score and its explanation; the id and justification in the body, never the address (audited)");
        group.MapPost("/person/review", Review).WithName("ReviewOffender")
            .WithSummary("A supervisor's decision on a person (id in the body): accept, reject or defer, with a reason (audited)");
        group.MapPost("/export", Export).WithName("ExportOffenders")
            .WithSummary("The list (or the managed list) as CSV marked OFFICIAL-SENSITIVE, logged as a disclosure to the recipient");
        app.MapPost("/api/admin/subject-access", SubjectAccess).WithTags("Offenders").WithName("SubjectAccess")
            .WithSummary("Everything held about a person id and every disclosure of it; the id and justification in the body (audited)").RequireAuthorization(Roles.Policies.Administration);
    }

    private static ContentHttpResult List([FromBody] OffenderListBody body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        OffenderRunResult r = OffenderRun.List(store, null, 100, AuditTrail.ActorOf(http.User), body.Justification, time.GetUtcNow(), AuditTrail.ClientOf(http),
            censusArea: string.IsNullOrWhiteSpace(body.Area) ? null : body.Area);
        return ListJson(store, r);
    }

    private static ContentHttpResult Score([FromBody] OffenderScoreBody body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        return ListJson(store, OffenderRun.Score(store, body.ToRequest(AuditTrail.ActorOf(http.User)), time.GetUtcNow(),
            AuditTrail.ClientOf(http)));
    }

    // A run's list as the page shows it: the marking, the run, the list and wanted list, the fairness report, the power few and
    // how many are on the managed list.
    private static ContentHttpResult ListJson(LanternStore store, OffenderRunResult r) =>
        Json(new
        {
            marking = OffenderStore.Marking, run = r.Run, list = r.List, wanted = r.Wanted, fairness = r.Fairness, powerFew = r.PowerFew,
            managed = OffenderStore.Managed(store).Count,
        });

    private static ContentHttpResult Explain([FromBody] OffenderPersonBody body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        var score = OffenderRun.Explain(store, null, PersonOf(body.Id), AuditTrail.ActorOf(http.User), body.Justification, time.GetUtcNow(), AuditTrail.ClientOf(http));
        return Json(new { score, lines = score.Explanation.Split('\n') });
    }

    private static ContentHttpResult Review([FromBody] OffenderReviewBody body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        var review = OffenderDecisions.Review(store, null, PersonOf(body.Id), body.Decision, body.Reason, AuditTrail.ActorOf(http.User), body.Justification, time.GetUtcNow(),
            AuditTrail.ClientOf(http));
        return Json(review);
    }

    private static FileContentHttpResult Export([FromBody] OffenderExportBody body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        var text = new StringWriter();
        (long id, _) = OffenderDecisions.Export(store, null, body.Managed, 100, text, body.Recipient, AuditTrail.ActorOf(http.User), body.Justification,
            time.GetUtcNow(), AuditTrail.ClientOf(http));
        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"offenders-export-{id}-OFFICIAL-SENSITIVE.csv");
    }

    private static ContentHttpResult SubjectAccess([FromBody] OffenderPersonBody body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        return Json(OffenderDecisions.SubjectAccess(store, PersonOf(body.Id), AuditTrail.ActorOf(http.User), body.Justification, time.GetUtcNow(),
            AuditTrail.ClientOf(http)));
    }

    private static string PersonOf(string? id) =>
        string.IsNullOrWhiteSpace(id) ? throw new CliException("a person id is required: \"id\" in the body") : id.Trim();

    private static ContentHttpResult Json(object value) => TypedResults.Content(JsonSerializer.Serialize(value, JsonOutput.Options), "application/json");
}
