using Lantern.Data.Store;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Endpoints;

/// <summary>The administration API: accounts and the audit log.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(Roles.Policies.Administration);
        group.MapGet("/accounts", ListAccounts).WithName("ListAccounts").WithSummary("Accounts with their roles (no password hashes)");
        group.MapPost("/accounts", CreateAccount).WithName("CreateAccount").WithSummary("Create an account");
        group.MapPut("/accounts/{id:long}", UpdateAccount).WithName("UpdateAccount")
            .WithSummary("Change roles, force, area; disable (or enable: audited as account-enable, as POST .../enable is)");
        group.MapPost("/accounts/{id:long}/password", ResetPassword).WithName("ResetPassword").WithSummary("Set a new password (signs the account out)");
        group.MapPost("/accounts/{id:long}/unlock", UnlockAccount).WithName("UnlockAccount")
            .WithSummary("Lift the locks that wrong passwords put on the account's sign-ins (its password is unchanged)");
        group.MapPost("/accounts/{id:long}/enable", EnableAccount).WithName("EnableAccount")
            .WithSummary("Enable a disabled account again, as it was (audited as account-enable); an enabled one is left as it is");
        group.MapPost("/audit/search", SearchAudit).WithName("SearchAudit")
            .WithSummary("Search the audit log, newest first; the search is a body, never an address (its text is often a person id)");
        group.MapGet("/audit/verify", VerifyAudit).WithName("VerifyAudit").WithSummary("Check the audit log's hash chain");
    }

    internal static object View(Account a) => new
    {
        a.Id, a.UserName, a.DisplayName, roles = a.RoleList, a.Force, a.AreaCode, disabled = a.IsDisabled, a.LockedUntil, mustChangePassword = a.MustChangePassword != 0, a.CreatedAt, a.CreatedBy,
    };

    private static Ok<IEnumerable<object>> ListAccounts(StoreAccess stores)
    {
        using LanternStore store = stores.Open();
        return TypedResults.Ok(Account.List(store).Select(View));
    }

    private static Created<object> CreateAccount([FromBody] AccountForm form, HttpContext http, StoreAccess stores, TimeProvider time)
    {
        using LanternStore store = stores.Open();
        long id = AccountService.Create(store, form, AuditTrail.ActorOf(http.User), time.GetUtcNow(), AuditTrail.ClientOf(http), mustChangePassword: true);
        return TypedResults.Created($"/api/admin/accounts/{id}", View(Account.Find(store, id)!)); // just created
    }

    private static Results<Ok<object>, NotFound> UpdateAccount(long id, [FromBody] AccountUpdate body, HttpContext http, StoreAccess stores,
        TimeProvider time) =>
        ForAccount(id, stores, store =>
        {
            AccountService.Update(store, id, new AccountForm(null, body.DisplayName, null, body.Roles, body.Force, body.AreaCode),
                body.Disabled, AuditTrail.ActorOf(http.User), time.GetUtcNow(), AuditTrail.ClientOf(http));
            return TypedResults.Ok(View(Account.Find(store, id)!)); // ForAccount found it; accounts are never deleted
        });

    private static Results<NoContent, NotFound> ResetPassword(long id, [FromBody] PasswordReset body, HttpContext http, StoreAccess stores,
        TimeProvider time) =>
        ForAccount(id, stores, store =>
        {
            AccountService.ResetPassword(store, id, body.Password, AuditTrail.ActorOf(http.User), time.GetUtcNow(),
                AuditTrail.ClientOf(http));
            return TypedResults.NoContent();
        });

    private static Results<Ok<object>, NotFound> UnlockAccount(long id, HttpContext http, StoreAccess stores, TimeProvider time) =>
        ForAccount(id, stores, store =>
        {
            AccountService.Unlock(store, id, AuditTrail.ActorOf(http.User), time.GetUtcNow(), AuditTrail.ClientOf(http));
            return TypedResults.Ok(View(Account.Find(store, id)!)); // ForAccount found it
        });

    private static Results<Ok<object>, NotFound> EnableAccount(long id, HttpContext http, StoreAccess stores, TimeProvider time) =>
        ForAccount(id, stores, store =>
        {
            AccountService.Enable(store, id, AuditTrail.ActorOf(http.User), time.GetUtcNow(), AuditTrail.ClientOf(http));
            return TypedResults.Ok(View(Account.Find(store, id)!)); // ForAccount found it
        });

    /// <summary>
    /// A call on the account the address names: 404 when no account has that id, before anything in the body is looked at.
    /// It was a 400, the service's refusal, as if the body were wrong: the address names nothing, whatever the body says.
    /// </summary>
    private static Results<T, NotFound> ForAccount<T>(long id, StoreAccess stores, Func<LanternStore, T> call)
        where T : IResult
    {
        using LanternStore store = stores.Open();
        if (Account.Find(store, id) is null)
        {
            return TypedResults.NotFound();
        }

        return call(store);
    }

    private static Ok<IReadOnlyList<AuditEntry>> SearchAudit([FromBody] AuditQuery q, HttpContext http, StoreAccess stores, AuditTrail audit)
    {
        using LanternStore store = stores.Open();
        (string? actor, string? action, string? text, string? from, string? to) =
            (FormText.OrNull(q.Actor), FormText.OrNull(q.Action), FormText.OrNull(q.Text), FormText.OrNull(q.From), FormText.OrNull(q.To));
        (string? since, string? before) = AuditView.Days(from, to);
        IReadOnlyList<AuditEntry> found = AuditEntry.Search(store, actor, action, text, since, before, Math.Clamp(q.Limit ?? 200, 1, 5000));
        AuditView.Record(audit, store, http, actor, action, text, from, to, found.Count);
        return TypedResults.Ok(found);
    }

    private static Ok<object> VerifyAudit(StoreAccess stores)
    {
        using LanternStore store = stores.Open();
        (long count, AuditBreak? broken) = AuditEntry.Verify(store);
        return TypedResults.Ok<object>(new { entries = count, intact = broken is null, firstBroken = broken });
    }
}
