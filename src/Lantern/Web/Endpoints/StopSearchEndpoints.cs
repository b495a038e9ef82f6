using Dapper;
using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Endpoints;

/// <summary>
/// Individual stop-and-search records: person-level data (age, sex, ethnicity). Only analysts and supervisors see them,
/// each view needs a justification, and every view is written to the audit log with it (DPA 2018 s.62).
/// </summary>
internal static class StopSearchEndpoints
{
    public static void MapStopSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/stop-search").WithTags("Stop and search").RequireAuthorization(Roles.Policies.PersonLevel)
            .MapGet("/records", Records).WithName("ListStopSearchRecords")
            .WithSummary("Individual searches of a force and month; 'justification' is required and audited");
    }

    private static Results<Ok<IEnumerable<StopSearchRow>>, ValidationProblem> Records(string? force, string? month, string? justification,
        HttpContext http, StoreAccess stores, AuditTrail audit)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(justification) || justification.Trim().Length < 10)
        {
            errors["justification"] = ["say why you need to see individual records (at least 10 characters); it is logged"];
        }

        string? slug = Cli.ForceOption.Resolve(force);
        if (slug is null)
        {
            errors["force"] = ["a force is required"];
        }

        if (!YearMonth.TryParse(month ?? string.Empty, out YearMonth ym))
        {
            errors["month"] = ["a month is required, yyyy-MM"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        using LanternStore store = stores.Open();
        var rows = store.Connection.Query<StopSearchRow>(
            "SELECT id, searched_at AS SearchedAt, type_raw AS Type, gender_raw AS Gender, age_range_raw AS AgeRange, " +
            "self_defined_ethnicity_raw AS SelfDefinedEthnicity, officer_defined_ethnicity_raw AS OfficerDefinedEthnicity, " +
            "legislation_raw AS Legislation, object_of_search_raw AS ObjectOfSearch, outcome_raw AS Outcome, latitude, longitude " +
            "FROM stop_search_v WHERE force = @slug AND month = @m ORDER BY searched_at, id LIMIT 5000",
            new { slug, m = ym.Index }).AsList();
        audit.Record(store, http, "view-person-data", $"stop-search {slug} {ym} ({rows.Count} records)", justification!.Trim());
        return TypedResults.Ok<IEnumerable<StopSearchRow>>(rows);
    }
}
