using System.Text;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Endpoints;

/// <summary>
/// The Section 60 register (docs/stop-search.md): the register and each authorisation's searches as aggregates (no search
/// is ever listed) for everyone who sees aggregates, with small numbers withheld from those who do not see person-level
/// data (administrators; scrutiny panels see the authorisations in their monthly report); recording, extending and
/// withdrawing for analysts and supervisors, who enter the written
/// authorisation for the officer. Refusals come back as a validation problem naming each field and rule; nothing is stored.
/// </summary>
internal static class Section60Endpoints
{
    public static void MapSection60Endpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/stop-search/section60").WithTags("Section 60");
        group.MapGet("/", List).WithName("ListSection60").WithSummary("The Section 60 register, latest start first").RequireAuthorization(Roles.Policies.Aggregates);
        group.MapGet("/{id:long}", Show).WithName("GetSection60")
            .WithSummary("One authorisation and the searches under it, against s.1 PACE searches of the same place and period (aggregates; recorded as a run)")
            .RequireAuthorization(Roles.Policies.Aggregates);
        group.MapPost("/", Add).WithName("AddSection60").WithSummary("Record an authorisation; refused with every reason if it breaks its rule set")
            .RequireAuthorization(Roles.Policies.Section60Register);
        group.MapPost("/{id:long}/extension", Extend).WithName("ExtendSection60").WithSummary("Record the one extension an authorisation may have")
            .RequireAuthorization(Roles.Policies.Section60Register);
        group.MapPost("/{id:long}/withdrawal", Withdraw).WithName("WithdrawSection60").WithSummary("Record that an authorisation was withdrawn (ended early)")
            .RequireAuthorization(Roles.Policies.Section60Register);
    }

    /// <summary>Whether a user sees breakdowns in full: those who may see person-level data; everyone else sees small numbers withheld.</summary>
    public static bool SeesSmallNumbers(System.Security.Claims.ClaimsPrincipal user) =>
        Roles.Policies.RolesOf[Roles.Policies.PersonLevel].Any(user.IsInRole);

    private static ContentHttpResult List(string? force, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        DateTimeOffset now = time.GetUtcNow();
        IReadOnlyList<Section60Row> rows = Section60Store.List(store, string.IsNullOrWhiteSpace(force) ? null : ForceOption.Resolve(force), 1000);
        return Json(JsonSerializer.Serialize(rows.Select(r => Section60Json.Authorisation(r, now, withArea: false)), JsonOutput.Options));
    }

    private static Results<ContentHttpResult, NotFound> Show(long id, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        if (Section60Store.Find(store, id) is not { } row)
        {
            return TypedResults.NotFound();
        }

        DateTimeOffset now = time.GetUtcNow();
        Section60ReportResult r = Section60Report.Compute(store, row, AuditTrail.ActorOf(http.User), now);
        return Json(Section60Report.Document(r, now, suppressSmall: !SeesSmallNumbers(http.User)));
    }

    private static Results<ContentHttpResult, ValidationProblem> Add([FromBody] Section60AddBody body, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        byte[]? area = body.Area is { } a && a.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? Encoding.UTF8.GetBytes(a.ValueKind == JsonValueKind.String ? a.GetString() ?? string.Empty : a.GetRawText())
            : null;
        using LanternStore store = stores.Open();
        Section60Outcome outcome = Section60Register.Add(store, new Section60AddRequest
        {
            Force = body.Force,
            Reference = body.Reference,
            Officer = body.Officer,
            Rank = body.Rank,
            Grounds = body.Grounds,
            Belief = body.Belief,
            Locality = body.Locality,
            AreaGeoJson = area,
            AreaName = "area",
            AreaCode = body.AreaCode,
            Start = body.Start,
            End = body.End,
            Rules = body.Rules,
            CommunityNotified = body.CommunityNotified,
        }, AuditTrail.ActorOf(http.User), time.GetUtcNow(), AuditTrail.ClientOf(http));
        return outcome.Recorded is { } row ? Recorded(row, http, time, created: true) : Refusal(outcome);
    }

    private static Results<ContentHttpResult, ValidationProblem, NotFound> Extend(long id, [FromBody] Section60ChangeBody body, HttpContext http, StoreAccess stores,
        TimeProvider time) =>
        Change(id, body, http, stores, time, Section60Register.Extend);

    private static Results<ContentHttpResult, ValidationProblem, NotFound> Withdraw(long id, [FromBody] Section60ChangeBody body, HttpContext http,
        StoreAccess stores, TimeProvider time) =>
        Change(id, body, http, stores, time, Section60Register.Withdraw);

    private static Results<ContentHttpResult, ValidationProblem, NotFound> Change(long id, Section60ChangeBody body, HttpContext http, StoreAccess stores,
        TimeProvider time, Func<LanternStore, Section60ChangeRequest, string, DateTimeOffset, string?, Section60Outcome> apply)
    {
        using LanternStore store = stores.Open();
        if (Section60Store.Find(store, id) is not { } row)
        {
            return TypedResults.NotFound();
        }

        Section60Outcome outcome = apply(store, new Section60ChangeRequest
        {
            Force = row.Force,
            Reference = row.Reference,
            By = body.By,
            Rank = body.Rank,
            Until = body.Until,
            Reason = body.Reason,
            At = body.At,
        }, AuditTrail.ActorOf(http.User), time.GetUtcNow(), AuditTrail.ClientOf(http));
        return outcome.Recorded is { } changed ? Recorded(changed, http, time, created: false) : Refusal(outcome);
    }

    private static ValidationProblem Refusal(Section60Outcome outcome) =>
        TypedResults.ValidationProblem(
            outcome.Problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal),
            title: "Not recorded: it breaks a rule, or a field could not be read");

    private static ContentHttpResult Recorded(Section60Row row, HttpContext http, TimeProvider time, bool created)
    {
        if (created)
        {
            http.Response.Headers.Location = $"/api/stop-search/section60/{row.Id}";
        }

        return Json(JsonSerializer.Serialize(Section60Json.Authorisation(row, time.GetUtcNow(), withArea: true), JsonOutput.Options),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static ContentHttpResult Json(string json, int status = StatusCodes.Status200OK) => TypedResults.Text(json, "application/json", Encoding.UTF8, status);
}
